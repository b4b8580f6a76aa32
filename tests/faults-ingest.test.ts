import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionState } from '../lambdas/core/index.js';
import { LocalQueue } from '../scripts/local/local-queue.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext, s3Notification, sqsEvent, sqsRecord } from './fakes/sqs-events.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';

const EDITION_KEY = 'editions/2024-05-16/state.json';
const SEEDS = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
const serverError = (name = 'InternalError') =>
  new S3ServiceException({ name, $fault: 'server', $metadata: { httpStatusCode: 500 }, message: name });

let s3: FakeS3;
type Handler = typeof import('../lambdas/handlers/ingest-handler.js').handler;

async function loadHandler(): Promise<Handler> {
  vi.resetModules();
  vi.stubEnv('BUCKET_NAME', 'news-digest-articles');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  return (await import('../lambdas/handlers/ingest-handler.js')).handler;
}

/** Uploads the seeds and one file that is not an article; returns one SQS message per upload. */
function upload(): SQSRecord[] {
  for (const name of SEEDS) s3.put(`inbox/${name}`, readFileSync(join(SEEDS_DIR, name)));
  s3.put('inbox/scan.pdf', readFileSync(fixturePath('bad', 'scan.pdf')));
  return [...SEEDS, 'scan.pdf'].map((name, i) => sqsRecord(`m${i}`, s3Notification([`inbox/${name}`])));
}

/** Delivers messages until none fails, as SQS would redeliver them; returns the deliveries made. */
async function deliverUntilDone(handler: Handler, records: SQSRecord[]): Promise<number> {
  let pending = records;
  let deliveries = 0;
  while (pending.length > 0 && deliveries < 10) {
    deliveries++;
    const { batchItemFailures } = await handler(sqsEvent(...pending), lambdaContext);
    const failed = new Set(batchItemFailures.map((f) => f.itemIdentifier));
    pending = pending.filter((r) => failed.has(r.messageId));
  }
  return deliveries;
}

/** Every upload is in exactly one story or under rejected/, none is left or lost, the state is whole. */
function expectNothingLost(): void {
  const state: EditionState = JSON.parse(s3.text(EDITION_KEY) ?? 'null');
  const inStories = state.stories.flatMap((s) => s.articles.map((a) => a.key)).sort();
  expect(inStories).toEqual([...SEEDS].sort());
  expect(new Set(inStories).size).toBe(inStories.length);
  expect(state.articles.map((a) => a.key).sort()).toEqual(inStories);
  expect(state.rejected.map((r) => r.key)).toEqual(['scan.pdf']);
  expect(s3.keys('inbox/')).toEqual([]);
  expect(s3.keys('processed/')).toHaveLength(SEEDS.length);
  expect(s3.keys('rejected/')).toEqual(['rejected/scan.pdf', 'rejected/scan.pdf.reason.txt']);
}

beforeEach(() => {
  s3 = fakeS3();
});
afterEach(() => {
  s3.mock.restore();
  vi.unstubAllEnvs();
});

describe('ingestion under faults', () => {
  it('recovers from GetObject errors and timeouts on redelivery', async () => {
    const handler = await loadHandler();
    const records = upload();
    s3.failNext('get', `inbox/${SEEDS[0]}`, serverError());
    s3.failNext(
      'get',
      `inbox/${SEEDS[1]}`,
      Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }),
    );

    const deliveries = await deliverUntilDone(handler, records);

    expect(deliveries).toBe(2);
    expectNothingLost();
  });

  it('recovers when writing the state fails', async () => {
    const handler = await loadHandler();
    const records = upload();
    s3.failNext('put', EDITION_KEY, serverError('ServiceUnavailable'));

    expect(await deliverUntilDone(handler, records)).toBe(2);
    expectNothingLost();
  });

  it('lands every update when each first conditional write answers 412', async () => {
    const handler = await loadHandler();
    const records = upload();
    let lost = 0;
    const put412 = () =>
      new S3ServiceException({
        name: 'PreconditionFailed',
        $fault: 'client',
        $metadata: { httpStatusCode: 412 },
        message: 'lost the race',
      });
    // Every update's first write loses its race; the retry finds the state where it left it.
    s3.mock.on(PutObjectCommand, { Key: EDITION_KEY }).callsFake((input) => {
      lost++;
      if (lost % 2 === 1) throw put412();
      s3.put(input.Key, input.Body);
      return { ETag: '"ok"' };
    });

    for (const record of records) await handler(sqsEvent(record), lambdaContext);

    expect(lost).toBe(2 * records.length);
    expectNothingLost();
  });

  it('changes nothing when a batch stopped half-way (state stored, originals not moved) is delivered again', async () => {
    const handler = await loadHandler();
    const records = upload();
    s3.failNext('copy', `processed/${SEEDS[2]}`, serverError());
    const firstTry = await handler(sqsEvent(...records), lambdaContext);
    const stateAfterCrash = s3.text(EDITION_KEY);

    await deliverUntilDone(handler, records);

    expect(firstTry.batchItemFailures.length).toBeGreaterThan(0);
    expect(s3.text(EDITION_KEY)).toBe(stateAfterCrash);
    expectNothingLost();
  });

  it('leaves a file uploaded again while it was being ingested for its own notification', async () => {
    const handler = await loadHandler();
    const [first, second] = SEEDS;
    s3.put('inbox/story.txt', readFileSync(join(SEEDS_DIR, first ?? '')));
    // The new version lands after the old one was read, before the old one moves.
    s3.mock.on(PutObjectCommand, { Key: EDITION_KEY }).callsFakeOnce((input) => {
      s3.put(input.Key, input.Body);
      s3.put('inbox/story.txt', readFileSync(join(SEEDS_DIR, second ?? '')));
      return { ETag: '"v1"' };
    });

    await handler(sqsEvent(sqsRecord('m1', s3Notification(['inbox/story.txt']))), lambdaContext);
    const newVersionKept = s3.keys('inbox/');
    s3.mock.on(PutObjectCommand, { Key: EDITION_KEY }).callsFake((input) => {
      s3.put(input.Key, input.Body);
      return { ETag: '"v2"' };
    });
    await handler(sqsEvent(sqsRecord('m2', s3Notification(['inbox/story.txt']))), lambdaContext);

    expect(newVersionKept).toEqual(['inbox/story.txt']);
    const state: EditionState = JSON.parse(s3.text(EDITION_KEY) ?? 'null');
    expect(state.articles.map((a) => [a.key, a.title])).toEqual([
      ['story.txt', expect.stringMatching(/^Vladimir Putin’s Visit/u)],
    ]);
    expect(s3.keys('inbox/')).toEqual([]);
    expect(s3.text('processed/story.txt')).toBe(readFileSync(join(SEEDS_DIR, second ?? ''), 'utf8'));
  });

  it('sends a message that keeps failing to the dead-letter queue after 5 deliveries, its file kept', async () => {
    const handler = await loadHandler();
    s3.put('inbox/cursed.txt', readFileSync(join(SEEDS_DIR, SEEDS[0] ?? '')));
    s3.failNext('get', 'inbox/cursed.txt', serverError(), Number.POSITIVE_INFINITY);
    const queue = new LocalQueue(
      handler,
      { batchSize: 10, concurrency: 1, maxReceiveCount: 5, batchWindowMs: 1 },
      () => undefined,
    );

    queue.send(sqsRecord('cursed', s3Notification(['inbox/cursed.txt'])));
    await queue.idle();

    expect(queue.deadLetters.map((r) => [r.messageId, r.attributes.ApproximateReceiveCount])).toEqual([
      ['cursed', '6'],
    ]);
    expect(s3.keys('inbox/')).toEqual(['inbox/cursed.txt']);
  });
});
