import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { optOutKey, recipientId, unsubscribeLink } from '../lambdas/core/index.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext } from './fakes/sqs-events.js';

const KEY = 's'.repeat(64);
const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:subscriber-key-AbCdEf';
const HOST = 'abc123.lambda-url.eu-west-1.on.aws';
const READER = 'ana@example.com';
const secrets = mockClient(SecretsManagerClient);
let s3: FakeS3;

async function loadHandler(env: Record<string, string> = {}) {
  vi.resetModules();
  const settings = {
    BUCKET_NAME: 'news-digest-articles',
    LIST_NAME: 'Morning Brief',
    LIST_ID: 'morning-brief',
    RECIPIENT_ID_KEY_SECRET_ARN: ARN,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    ...env,
  };
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  return (await import('../lambdas/handlers/unsubscribe-handler.js')).handler;
}

/** A function URL event for the reader's link, as Lambda delivers it. */
function urlEvent(
  method: string,
  body?: { text: string; type: string; base64?: boolean },
): LambdaFunctionURLEvent {
  const link = new URL(unsubscribeLink(`https://${HOST}/`, 'morning-brief', READER, KEY));
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: link.search.slice(1),
    headers: { host: HOST, ...(body ? { 'content-type': body.type } : {}) },
    queryStringParameters: Object.fromEntries(link.searchParams),
    requestContext: { domainName: HOST, http: { method, path: '/' } },
    ...(body
      ? {
          body: body.base64 ? Buffer.from(body.text).toString('base64') : body.text,
          isBase64Encoded: body.base64 ?? false,
        }
      : { isBase64Encoded: false }),
  } as unknown as LambdaFunctionURLEvent;
}

beforeEach(() => {
  s3 = fakeS3();
  secrets.reset();
  secrets.on(GetSecretValueCommand, { SecretId: ARN }).resolves({ SecretString: KEY });
});
afterEach(() => {
  vi.unstubAllEnvs();
  s3.mock.restore();
});

describe('unsubscribe handler', () => {
  it('reads the key from Secrets Manager once, at cold start, and records a one-click POST', async () => {
    // Prepare
    const handler = await loadHandler();
    const oneClick = { text: 'List-Unsubscribe=One-Click', type: 'application/x-www-form-urlencoded' };

    // Act
    const first = await handler(urlEvent('POST', oneClick), lambdaContext);
    const second = await handler(urlEvent('POST', { ...oneClick, base64: true }), lambdaContext);

    // Assess
    expect(first).toMatchObject({ statusCode: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    expect(second).toMatchObject({ statusCode: 200 });
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    expect(s3.keys('opt-outs/')).toEqual([optOutKey(recipientId(READER, KEY))]);
  });

  it('counts each opt-out as an Unsubscribed metric, and nothing for a page that changes nothing', async () => {
    // Prepare: metrics on (the test configuration turns them off), stdout captured.
    const handler = await loadHandler({ POWERTOOLS_METRICS_DISABLED: 'false' });
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const oneClick = { text: 'List-Unsubscribe=One-Click', type: 'application/x-www-form-urlencoded' };

    // Act
    await handler(urlEvent('GET'), lambdaContext);
    await handler(urlEvent('POST', oneClick), lambdaContext);
    vi.restoreAllMocks();

    // Assess
    const documents = written.filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line));
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ Unsubscribed: 1, service: 'news-digest-unsubscribe' });
    expect(documents[0]._aws.CloudWatchMetrics[0].Namespace).toBe('NewsDigest');
  });

  it('shows the confirm page on a GET and stores nothing', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    const result = await handler(urlEvent('GET'), lambdaContext);

    // Assess
    expect(result).toMatchObject({ statusCode: 200 });
    expect(String(typeof result === 'string' ? result : result.body)).toContain(
      'Unsubscribe from Morning Brief?',
    );
    expect(s3.keys('opt-outs/')).toEqual([]);
  });

  it('answers methods a function URL may pass on but a link never uses with 405', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    const result = await handler(urlEvent('TRACE'), lambdaContext);

    // Assess
    expect(result).toMatchObject({
      statusCode: 405,
      headers: { Allow: 'GET, HEAD, POST', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
    });
  });

  it('refuses a body larger than a form needs with 413, unread', async () => {
    // Prepare
    const handler = await loadHandler();
    const huge = {
      text: `List-Unsubscribe=One-Click&pad=${'x'.repeat(10_000)}`,
      type: 'application/x-www-form-urlencoded',
    };

    // Act
    const result = await handler(urlEvent('POST', huge), lambdaContext);

    // Assess
    expect(result).toMatchObject({ statusCode: 413, headers: { 'Referrer-Policy': 'no-referrer' } });
    expect(s3.keys('opt-outs/')).toEqual([]);
  });

  it('fails at cold start, naming the setting, when the secret holds no usable key', async () => {
    // Prepare
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'short' });

    // Act
    const load = loadHandler();

    // Assess
    await expect(load).rejects.toThrow(
      /^RECIPIENT_ID_KEY_SECRET_ARN: the secret must hold a key of at least 32/u,
    );
  });
});
