import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../lambdas/core/index.js';
import { encodeS3Key } from '../scripts/local/local-pipeline.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext, s3Notification, sqsEvent, sqsRecord } from './fakes/sqs-events.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';

const seed = (name: string) => readFileSync(join(SEEDS_DIR, name));

let s3: FakeS3;

async function loadHandler() {
  vi.resetModules();
  vi.stubEnv('BUCKET_NAME', 'news-digest-articles');
  vi.stubEnv('MAX_BYTES', '100000');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  return (await import('../lambdas/handlers/ingest-handler.js')).handler;
}

/** The records stored under records/, by inbox path. */
const records = (): ArticleRecord[] =>
  s3.keys('records/').map((key) => JSON.parse(s3.text(key) ?? 'null') as ArticleRecord);
const articleKeys = () =>
  records()
    .filter((r) => r.status === 'article')
    .map((r) => r.key);
const reasons = () => records().flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));

beforeEach(() => {
  s3 = fakeS3();
});
afterEach(() => {
  s3.mock.restore();
  vi.unstubAllEnvs();
});

describe('ingest handler', () => {
  it('turns an upload into its own record and moves the original to processed/', async () => {
    // Prepare
    const handler = await loadHandler();
    s3.put('inbox/cnn/003.txt', seed('003_244b8d813f4475ac.txt'));

    // Act
    const response = await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/cnn/003.txt']))),
      lambdaContext,
    );

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(s3.keys('records/')).toEqual(['records/cnn/003.txt.json']);
    expect(records()[0]).toMatchObject({
      key: 'cnn/003.txt',
      status: 'article',
      article: { title: expect.stringContaining('Putin'), outlet: 'CNN' },
    });
    expect(s3.keys('editions/')).toEqual([]);
    expect(s3.keys('inbox/')).toEqual([]);
    expect(s3.keys('processed/')).toEqual(['processed/cnn/003.txt']);
  });

  it('decodes URL-encoded keys: + for spaces, percent-encoded unicode', async () => {
    const handler = await loadHandler();
    s3.put('inbox/Weekly news/Zürich café.txt', seed('000_91234ff0336afd09.txt'));

    await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/Weekly+news/Z%C3%BCrich+caf%C3%A9.txt']))),
      lambdaContext,
    );

    expect(articleKeys()).toEqual(['Weekly news/Zürich café.txt']);
  });

  it('keeps deeply nested keys with spaces, +, % and unicode as they were uploaded', async () => {
    const handler = await loadHandler();
    const key = 'inbox/a/b/c/d/e/f/g/h/i/j/Ünïcode 100% sure+more.txt';
    s3.put(key, seed('001_77eaf09eaff0a2d4.txt'));

    await handler(sqsEvent(sqsRecord('m1', s3Notification([encodeS3Key(key)]))), lambdaContext);

    expect(articleKeys()).toEqual([key.slice('inbox/'.length)]);
    expect(s3.keys('processed/')).toEqual([`processed/${key.slice('inbox/'.length)}`]);
  });

  it('rejects a file far over the size limit by its size alone', async () => {
    const handler = await loadHandler();
    s3.put('inbox/dump.txt', new Uint8Array(30 * 1024 * 1024).fill(65));

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/dump.txt']))), lambdaContext);

    expect(reasons()).toEqual(['the file is 30.0 MB, over the 97.7 KB limit for one article']);
    expect(s3.mock).not.toHaveReceivedCommandWith(GetObjectCommand, { Key: 'inbox/dump.txt' });
    expect(s3.keys('rejected/')).toEqual(['rejected/dump.txt', 'rejected/dump.txt.reason.txt']);
  });

  it('moves a file that is not an article to rejected/ with its reason beside it', async () => {
    const handler = await loadHandler();
    s3.put('inbox/scan.pdf', readFileSync(fixturePath('bad', 'scan.pdf')));

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/scan.pdf']))), lambdaContext);

    expect(records()).toEqual([
      expect.objectContaining({
        key: 'scan.pdf',
        status: 'rejected',
        reason: expect.stringContaining('PDF document'),
      }),
    ]);
    expect(s3.keys('rejected/')).toEqual(['rejected/scan.pdf', 'rejected/scan.pdf.reason.txt']);
    expect(s3.text('rejected/scan.pdf.reason.txt')).toContain('not text');
  });

  it('rejects a file over the size limit without downloading it', async () => {
    const handler = await loadHandler();
    s3.put('inbox/huge.txt', `Title\n\n${'A sentence of the story. '.repeat(5000)}`);

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/huge.txt']))), lambdaContext);

    expect(reasons()[0]).toMatch(/over the 97\.7 KB limit/u);
    expect(s3.mock).not.toHaveReceivedCommandWith(GetObjectCommand, { Key: 'inbox/huge.txt' });
  });

  it('changes nothing when the same event is delivered twice', async () => {
    const handler = await loadHandler();
    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    const message = sqsRecord('m1', s3Notification(['inbox/003.txt']));

    await handler(sqsEvent(message), lambdaContext);
    const first = s3.text('records/003.txt.json');
    await handler(sqsEvent(message), lambdaContext);

    expect(s3.text('records/003.txt.json')).toBe(first);
    expect(s3.mock).toHaveReceivedCommandTimes(PutObjectCommand, 1);
  });

  it('keeps the record (and its time of ingestion) when the same file is uploaded twice', async () => {
    const handler = await loadHandler();
    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/003.txt']))), lambdaContext);
    const first = s3.text('records/003.txt.json');

    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    await handler(sqsEvent(sqsRecord('m2', s3Notification(['inbox/003.txt']))), lambdaContext);

    expect(s3.text('records/003.txt.json')).toBe(first);
    expect(s3.keys('inbox/')).toEqual([]);
  });

  it('replaces the record, and only it, when a file is uploaded again with other text', async () => {
    const handler = await loadHandler();
    s3.put('inbox/a.txt', seed('003_244b8d813f4475ac.txt'));
    s3.put('inbox/b.txt', seed('000_91234ff0336afd09.txt'));
    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/a.txt', 'inbox/b.txt']))), lambdaContext);
    const first = s3.text('records/a.txt.json');
    const other = s3.text('records/b.txt.json');

    s3.put('inbox/a.txt', seed('001_77eaf09eaff0a2d4.txt'));
    await handler(sqsEvent(sqsRecord('m2', s3Notification(['inbox/a.txt']))), lambdaContext);

    const before = JSON.parse(first ?? '{}') as ArticleRecord;
    const a = records().find((r) => r.key === 'a.txt');
    expect(a?.contentHash).not.toBe(before.contentHash);
    expect(a?.status === 'article' && a.article.title).not.toBe(
      before.status === 'article' && before.article.title,
    );
    expect(s3.text('records/b.txt.json')).toBe(other);
  });

  it('records a second file with the same text as another on its own, under its own key', async () => {
    const handler = await loadHandler();
    s3.put('inbox/cnn.txt', seed('003_244b8d813f4475ac.txt'));
    s3.put('inbox/wire/copy.txt', seed('003_244b8d813f4475ac.txt'));

    await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/cnn.txt', 'inbox/wire/copy.txt']))),
      lambdaContext,
    );

    expect(articleKeys()).toEqual(['cnn.txt', 'wire/copy.txt']);
    expect(new Set(records().map((r) => r.contentHash)).size).toBe(1);
  });

  it('reports only the failed message of a batch, and processes the others', async () => {
    const handler = await loadHandler();
    s3.put('inbox/000.txt', seed('000_91234ff0336afd09.txt'));
    s3.put('inbox/001.txt', seed('001_77eaf09eaff0a2d4.txt'));
    s3.mock.on(GetObjectCommand, { Key: 'inbox/000.txt' }).rejects(
      new S3ServiceException({
        name: 'InternalError',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
      }),
    );

    const response = await handler(
      sqsEvent(
        sqsRecord('m1', s3Notification(['inbox/000.txt'])),
        sqsRecord('m2', s3Notification(['inbox/001.txt'])),
      ),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(articleKeys()).toEqual(['001.txt']);
    expect(s3.keys('inbox/')).toEqual(['inbox/000.txt']);
  });

  it('retries a record write that lost its race (412) while the file is still current, and lands it', async () => {
    const handler = await loadHandler();
    s3.put('inbox/000.txt', seed('000_91234ff0336afd09.txt'));
    s3.mock
      .on(PutObjectCommand, { Key: 'records/000.txt.json' })
      .rejectsOnce(
        new S3ServiceException({
          name: 'PreconditionFailed',
          $fault: 'client',
          $metadata: { httpStatusCode: 412 },
        }),
      )
      .callsFakeOnce((input) => {
        s3.put(input.Key, input.Body);
        return { ETag: '"x"' };
      });

    const response = await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/000.txt']))),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect(s3.mock.commandCalls(PutObjectCommand, { Key: 'records/000.txt.json' })).toHaveLength(2);
    expect(articleKeys()).toEqual(['000.txt']);
  });

  it('skips folder markers and the S3 test event', async () => {
    const handler = await loadHandler();
    const testEvent = readFileSync(fixturePath('events', 's3-test-event.json'), 'utf8');

    const response = await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/', 'inbox/sub/'])), sqsRecord('m2', testEvent)),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect(s3.mock).toHaveReceivedCommandTimes(PutObjectCommand, 0);
  });

  it('reports messages that are not S3 notifications as failed, and processes the others', async () => {
    const handler = await loadHandler();
    s3.put('inbox/000.txt', seed('000_91234ff0336afd09.txt'));

    const response = await handler(
      sqsEvent(
        sqsRecord('m1', 'not json'),
        sqsRecord('m2', '{"hello":1}'),
        sqsRecord('m3', s3Notification(['inbox/000.txt'])),
      ),
      lambdaContext,
    );

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['m1', 'm2']);
    expect(articleKeys()).toEqual(['000.txt']);
  });

  it('does not record again a file an edition already published, when its message comes back late', async () => {
    // Prepare: the record was written, the original not moved (a crash), and an edition took it.
    const handler = await loadHandler();
    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    s3.failNext('copy', 'processed/003.txt', new Error('the run died'));
    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/003.txt']))), lambdaContext);
    const taken = JSON.parse(s3.text('records/003.txt.json') ?? '{}') as ArticleRecord;
    s3.objects.delete('records/003.txt.json');
    s3.put(
      'published/003.txt.json',
      JSON.stringify({ contentHash: taken.contentHash, edition: '2024-05-16' }),
    );

    // Act: the message comes back.
    const response = await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/003.txt']))),
      lambdaContext,
    );

    // Assess: the original moves, and no record waits for the next edition.
    expect(response).toEqual({ batchItemFailures: [] });
    expect(s3.keys('records/')).toEqual([]);
    expect(s3.keys('processed/')).toEqual(['processed/003.txt']);
  });

  it('writes one record per file of a batch, and nothing shared between them', async () => {
    const handler = await loadHandler();
    const names = ['000_91234ff0336afd09.txt', '001_77eaf09eaff0a2d4.txt', '003_244b8d813f4475ac.txt'];
    for (const name of names) s3.put(`inbox/${name}`, seed(name));

    const response = await handler(
      sqsEvent(...names.map((name, i) => sqsRecord(`m${i}`, s3Notification([`inbox/${name}`])))),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [] });
    const written = s3.mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input.Key);
    expect(written.sort()).toEqual(names.map((n) => `records/${n}.json`));
  });

  it('hands back the files it could not start before its time ran short', async () => {
    const handler = await loadHandler();
    s3.put('inbox/000.txt', seed('000_91234ff0336afd09.txt'));

    const response = await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/000.txt']))), {
      ...lambdaContext,
      getRemainingTimeInMillis: () => 3_000,
    });

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(s3.keys('inbox/')).toEqual(['inbox/000.txt']);
    expect(s3.keys('records/')).toEqual([]);
  });

  it('fails at cold start, naming the setting, when the bucket is not configured', async () => {
    vi.resetModules();
    vi.stubEnv('BUCKET_NAME', '');

    await expect(import('../lambdas/handlers/ingest-handler.js')).rejects.toThrow(
      /^BUCKET_NAME: expected the name/u,
    );
  });
});
