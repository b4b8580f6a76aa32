import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext, s3Notification, sqsEvent, sqsRecord } from './fakes/sqs-events.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';
import { NEWSLETTER_TEST_ENV } from './helpers-newsletter-env.js';
import { seedArticles } from './seed-articles.js';

const READERS = ['ana.secret@example.com', 'ben.private@example.org'];
let s3: FakeS3;
let logged: string[];

beforeEach(() => {
  s3 = fakeS3();
  logged = [];
  // Powertools writes its JSON lines to the process's standard streams.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
  }
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
  vi.stubEnv('BUCKET_NAME', 'news-digest-articles');
});
afterEach(() => {
  vi.restoreAllMocks();
  s3.mock.restore();
  vi.unstubAllEnvs();
});

describe('logs at info level', () => {
  it('carry no article text and no recipient address', async () => {
    // Prepare
    vi.resetModules();
    const ses = mockClient(SESClient).on(SendRawEmailCommand).resolves({ MessageId: 'm' });
    for (const [name, value] of Object.entries({
      ...NEWSLETTER_TEST_ENV,
      RECIPIENTS: READERS.join(','),
    })) {
      vi.stubEnv(name, value);
    }
    const ingest = (await import('../lambdas/handlers/ingest-handler.js')).handler;
    const newsletter = (await import('../lambdas/handlers/newsletter-handler.js')).handler;
    s3.put('inbox/003.txt', readFileSync(join(SEEDS_DIR, '003_244b8d813f4475ac.txt')));
    s3.put('inbox/broken.json', readFileSync(fixturePath('bad', 'broken.json')));
    // Prose saved as .json: the JSON parser's own error would quote it.
    s3.put('inbox/prose.json', 'Jane Doe told reporters the minister would resign on Monday.');
    const articles = seedArticles();

    // Act
    await ingest(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/003.txt', 'inbox/broken.json', 'inbox/prose.json']))),
      lambdaContext,
    );
    await newsletter({ edition: '2024-05-15' }, lambdaContext);
    ses.restore();

    // Assess
    const output = logged.join('');
    expect(output).toContain('"message":"article ingested"');
    expect(output).toContain('"message":"edition built"');
    expect(output).toContain('"message":"edition sent"');
    for (const reader of READERS) expect(output).not.toContain(reader.split('@')[0]);
    for (const sentence of articles.flatMap((a) => a.sentences.map((s) => s.text))) {
      expect(output).not.toContain(sentence.slice(0, 40));
    }
    expect(output).not.toContain('Storm hits coast');
    expect(output).toContain('"reason":"the JSON is malformed"');
    expect(output).not.toContain('Jane Doe');
  });
});
