import { SESClient, SESServiceException, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METRICS_NAMESPACE, SEND_METRICS } from '../lambdas/adapters/send-metrics.js';
import { recordKey, toRecord } from '../lambdas/core/index.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext } from './fakes/sqs-events.js';
import { NEWSLETTER_TEST_ENV, TEST_READERS } from './helpers-newsletter-env.js';
import { seedArticles } from './seed-articles.js';

const EDITION = '2024-05-16';
const READERS = [...TEST_READERS];
const ses = mockClient(SESClient);
let s3: FakeS3;
let written: string[];

/** An embedded-metric document as Powertools writes it: metric values at the top level. */
type Emf = {
  _aws: { CloudWatchMetrics: { Namespace: string; Metrics: { Name: string; Unit: string }[] }[] };
} & Record<string, unknown>;

/** The embedded-metric documents written to stdout (log lines are JSON too, but carry no `_aws`). */
const published = (): Emf[] =>
  written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Emf);

async function loadHandler() {
  vi.resetModules();
  const settings: Record<string, string> = {
    ...NEWSLETTER_TEST_ENV,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    // The test configuration turns metrics off; here they are what is checked.
    POWERTOOLS_METRICS_DISABLED: 'false',
  };
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  return (await import('../lambdas/handlers/newsletter-handler.js')).handler;
}

beforeEach(() => {
  s3 = fakeS3();
  for (const article of seedArticles()) {
    const record = toRecord({ ok: true, article }, article.key, new Date('2024-05-15T20:00:00Z'));
    s3.put(recordKey(article.key), JSON.stringify(record));
  }
  ses.reset();
  ses.on(SendRawEmailCommand).resolves({ MessageId: 'msg-1' });
  written = [];
  // Powertools writes metrics to the process's stdout, not through console.log.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  s3.mock.restore();
  vi.unstubAllEnvs();
});

describe('newsletter metrics', () => {
  it('publishes one run’s counts once, in the NewsDigest namespace, with the edition', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    await handler({ edition: EDITION }, lambdaContext);

    // Assess
    const documents = published();
    expect(documents).toHaveLength(1);
    const [emf] = documents;
    expect(emf?._aws.CloudWatchMetrics[0]?.Namespace).toBe(METRICS_NAMESPACE);
    expect(emf?._aws.CloudWatchMetrics[0]?.Metrics.map((m) => m.Unit)).toEqual(Array(6).fill('Count'));
    expect(emf).toMatchObject({
      [SEND_METRICS.sent]: 3,
      [SEND_METRICS.failed]: 0,
      [SEND_METRICS.deferred]: 0,
      [SEND_METRICS.uncertain]: 0,
      [SEND_METRICS.alreadySent]: 0,
      [SEND_METRICS.optedOut]: 0,
      edition: EDITION,
      service: 'news-digest-newsletter',
    });
  });

  it('publishes the counts of a run that fails as incomplete', async () => {
    // Prepare: one reader fails for now, one reply is lost after sending.
    const handler = await loadHandler();
    const unavailable = new SESServiceException({
      name: 'ServiceUnavailable',
      $fault: 'server',
      $metadata: {},
      message: 'try later',
    });
    const lost = Object.assign(new Error('a request has exceeded the configured requestTimeout.'), {
      name: 'TimeoutError',
    });
    ses.on(SendRawEmailCommand, { Destinations: [READERS[1] ?? ''] }).rejects(unavailable);
    ses.on(SendRawEmailCommand, { Destinations: [READERS[2] ?? ''] }).rejects(lost);

    // Act
    const run = handler({ edition: EDITION }, lambdaContext);

    // Assess
    await expect(run).rejects.toThrow('1 of 3 recipients were not sent');
    expect(published()).toEqual([
      expect.objectContaining({
        [SEND_METRICS.sent]: 1,
        [SEND_METRICS.failed]: 1,
        [SEND_METRICS.uncertain]: 1,
        [SEND_METRICS.deferred]: 0,
      }),
    ]);
  });

  it('counts a rerun’s recipients as already sent, and publishes nothing for a dry run', async () => {
    // Prepare
    const handler = await loadHandler();
    await handler({ edition: EDITION }, lambdaContext);
    written = [];

    // Act
    await handler({ edition: EDITION }, lambdaContext);
    const rerun = published();
    written = [];
    await handler({ edition: EDITION, dryRun: true }, lambdaContext);

    // Assess
    expect(rerun).toEqual([
      expect.objectContaining({ [SEND_METRICS.sent]: 0, [SEND_METRICS.alreadySent]: 3 }),
    ]);
    expect(published()).toEqual([]);
  });
});
