import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionState } from '../lambdas/core/index.js';
import { encodeS3Key } from '../scripts/local/local-pipeline.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext, s3Notification, sqsEvent, sqsRecord } from './fakes/sqs-events.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';

const EDITION_KEY = 'editions/2024-05-16/state.json';
const seed = (name: string) => readFileSync(join(SEEDS_DIR, name));

let s3: FakeS3;

async function loadHandler() {
  vi.resetModules();
  vi.stubEnv('BUCKET_NAME', 'news-digest-articles');
  vi.stubEnv('MAX_BYTES', '100000');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  return (await import('../lambdas/handlers/ingest-handler.js')).handler;
}

const state = (): EditionState => JSON.parse(s3.text(EDITION_KEY) ?? 'null');

beforeEach(() => {
  s3 = fakeS3();
});
afterEach(() => {
  s3.mock.restore();
  vi.unstubAllEnvs();
});

describe('ingest handler', () => {
  it('turns an upload into an article of its edition and moves the original to processed/', async () => {
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
    expect(state().articles.map((a) => a.key)).toEqual(['cnn/003.txt']);
    expect(state().stories).toHaveLength(1);
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

    expect(state().articles.map((a) => a.key)).toEqual(['Weekly news/Zürich café.txt']);
  });

  it('keeps deeply nested keys with spaces, +, % and unicode as they were uploaded', async () => {
    const handler = await loadHandler();
    const key = 'inbox/a/b/c/d/e/f/g/h/i/j/Ünïcode 100% sure+more.txt';
    s3.put(key, seed('001_77eaf09eaff0a2d4.txt'));

    await handler(sqsEvent(sqsRecord('m1', s3Notification([encodeS3Key(key)]))), lambdaContext);

    expect(state().articles.map((a) => a.key)).toEqual([key.slice('inbox/'.length)]);
    expect(s3.keys('processed/')).toEqual([`processed/${key.slice('inbox/'.length)}`]);
  });

  it('rejects a file far over the size limit by its size alone', async () => {
    const handler = await loadHandler();
    s3.put('inbox/dump.txt', new Uint8Array(30 * 1024 * 1024).fill(65));

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/dump.txt']))), lambdaContext);

    expect(state().rejected[0]?.reason).toBe('the file is 30.0 MB, over the 97.7 KB limit for one article');
    expect(s3.mock).not.toHaveReceivedCommandWith(GetObjectCommand, { Key: 'inbox/dump.txt' });
    expect(s3.keys('rejected/')).toEqual(['rejected/dump.txt', 'rejected/dump.txt.reason.txt']);
  });

  it('moves a file that is not an article to rejected/ with its reason beside it', async () => {
    const handler = await loadHandler();
    s3.put('inbox/scan.pdf', readFileSync(fixturePath('bad', 'scan.pdf')));

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/scan.pdf']))), lambdaContext);

    expect(state().rejected).toEqual([
      expect.objectContaining({ key: 'scan.pdf', reason: expect.stringContaining('PDF document') }),
    ]);
    expect(s3.keys('rejected/')).toEqual(['rejected/scan.pdf', 'rejected/scan.pdf.reason.txt']);
    expect(s3.text('rejected/scan.pdf.reason.txt')).toContain('not text');
  });

  it('rejects a file over the size limit without downloading it', async () => {
    const handler = await loadHandler();
    s3.put('inbox/huge.txt', `Title\n\n${'A sentence of the story. '.repeat(5000)}`);

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/huge.txt']))), lambdaContext);

    expect(state().rejected[0]?.reason).toMatch(/over the 97\.7 KB limit/u);
    expect(s3.mock).not.toHaveReceivedCommandWith(GetObjectCommand, { Key: 'inbox/huge.txt' });
  });

  it('changes nothing when the same event is delivered twice', async () => {
    const handler = await loadHandler();
    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    const message = sqsRecord('m1', s3Notification(['inbox/003.txt']));

    await handler(sqsEvent(message), lambdaContext);
    const first = s3.text(EDITION_KEY);
    await handler(sqsEvent(message), lambdaContext);

    expect(s3.text(EDITION_KEY)).toBe(first);
    expect(s3.mock).toHaveReceivedCommandTimes(PutObjectCommand, 1);
  });

  it('changes nothing when the same file is uploaded twice', async () => {
    const handler = await loadHandler();
    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/003.txt']))), lambdaContext);
    const first = s3.text(EDITION_KEY);

    s3.put('inbox/003.txt', seed('003_244b8d813f4475ac.txt'));
    await handler(sqsEvent(sqsRecord('m2', s3Notification(['inbox/003.txt']))), lambdaContext);

    expect(s3.text(EDITION_KEY)).toBe(first);
    expect(s3.keys('inbox/')).toEqual([]);
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
    expect(state().articles.map((a) => a.key)).toEqual(['001.txt']);
    expect(s3.keys('inbox/')).toEqual(['inbox/000.txt']);
  });

  it('retries a conditional write that lost its race (412) and lands it', async () => {
    const handler = await loadHandler();
    s3.put('inbox/000.txt', seed('000_91234ff0336afd09.txt'));
    s3.mock
      .on(PutObjectCommand, { Key: EDITION_KEY })
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
    expect(s3.mock).toHaveReceivedCommandTimes(PutObjectCommand, 2);
    expect(state().articles).toHaveLength(1);
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
    expect(state().articles).toHaveLength(1);
  });

  it('merges a whole batch into its edition with one write', async () => {
    const handler = await loadHandler();
    const names = ['000_91234ff0336afd09.txt', '001_77eaf09eaff0a2d4.txt', '003_244b8d813f4475ac.txt'];
    for (const name of names) s3.put(`inbox/${name}`, seed(name));

    const response = await handler(
      sqsEvent(...names.map((name, i) => sqsRecord(`m${i}`, s3Notification([`inbox/${name}`])))),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect(state().articles).toHaveLength(3);
    expect(s3.mock.commandCalls(PutObjectCommand, { Key: EDITION_KEY })).toHaveLength(1);
  });

  it('fails at cold start, naming the setting, when the bucket is not configured', async () => {
    vi.resetModules();
    vi.stubEnv('BUCKET_NAME', '');

    await expect(import('../lambdas/handlers/ingest-handler.js')).rejects.toThrow(
      /^BUCKET_NAME: expected the name/u,
    );
  });
});
