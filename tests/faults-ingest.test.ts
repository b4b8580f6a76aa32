import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ArticleRecord, buildEdition } from '../lambdas/core/index.js';
import { LocalQueue } from '../scripts/local/local-queue.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext, s3Notification, sqsEvent, sqsRecord } from './fakes/sqs-events.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';

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

const records = (): ArticleRecord[] =>
  s3.keys('records/').map((key) => JSON.parse(s3.text(key) ?? 'null') as ArticleRecord);

/** Every upload has one record and lands in exactly one story or under rejected/; none is left or lost. */
function expectNothingLost(): void {
  const digest = buildEdition('2024-05-16', records());
  const inStories = digest.stories.flatMap((s) => s.articles.map((a) => a.key)).sort();
  expect(inStories).toEqual([...SEEDS].sort());
  expect(new Set(inStories).size).toBe(inStories.length);
  expect(digest.rejected.map((r) => r.key)).toEqual(['scan.pdf']);
  expect(s3.keys('records/')).toHaveLength(SEEDS.length + 1);
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

  it('recovers when writing a record fails, and only that file is retried', async () => {
    const handler = await loadHandler();
    const messages = upload();
    s3.failNext('put', `records/${SEEDS[1]}.json`, serverError('ServiceUnavailable'));

    const first = await handler(sqsEvent(...messages), lambdaContext);
    const deliveries =
      1 +
      (await deliverUntilDone(
        handler,
        messages.filter((m) => m.messageId === 'm1'),
      ));

    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect(deliveries).toBe(2);
    expectNothingLost();
  });

  it('lands every record when each first conditional write answers 412 while the file is current', async () => {
    const handler = await loadHandler();
    const messages = upload();
    let lost = 0;
    const put412 = () =>
      new S3ServiceException({
        name: 'PreconditionFailed',
        $fault: 'client',
        $metadata: { httpStatusCode: 412 },
        message: 'lost the race',
      });
    // Every record's first write loses its race; the retry finds the file still current and lands.
    s3.mock.on(PutObjectCommand).callsFake((input) => {
      if (String(input.Key).startsWith('records/')) {
        lost++;
        if (lost % 2 === 1) throw put412();
      }
      s3.put(input.Key, input.Body);
      return { ETag: `"${lost}"` };
    });

    for (const message of messages) await handler(sqsEvent(message), lambdaContext);

    expect(lost).toBe(2 * messages.length);
    expectNothingLost();
  });

  it('changes nothing when a batch stopped half-way (records stored, originals not moved) is delivered again', async () => {
    const handler = await loadHandler();
    const messages = upload();
    s3.failNext('copy', `processed/${SEEDS[2]}`, serverError());
    const firstTry = await handler(sqsEvent(...messages), lambdaContext);
    const recordsAfterCrash = s3.keys('records/').map((k) => s3.text(k));

    await deliverUntilDone(handler, messages);

    expect(firstTry.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    expect(s3.keys('records/').map((k) => s3.text(k))).toEqual(recordsAfterCrash);
    expectNothingLost();
  });

  it('leaves a file uploaded again while it was being ingested for its own notification', async () => {
    const handler = await loadHandler();
    const [first, second] = SEEDS;
    s3.put('inbox/story.txt', readFileSync(join(SEEDS_DIR, first ?? '')));
    // The new version lands after the old one was read and its record written, before it moves.
    s3.mock.on(PutObjectCommand, { Key: 'records/story.txt.json' }).callsFakeOnce((input) => {
      s3.put(input.Key, input.Body);
      s3.put('inbox/story.txt', readFileSync(join(SEEDS_DIR, second ?? '')));
      return { ETag: `"${createHash('md5').update(String(input.Body)).digest('hex')}"` };
    });

    const outcome = await handler(
      sqsEvent(sqsRecord('m1', s3Notification(['inbox/story.txt']))),
      lambdaContext,
    );
    const afterFirst = { inbox: s3.keys('inbox/'), records: s3.keys('records/') };
    s3.mock.on(PutObjectCommand, { Key: 'records/story.txt.json' }).callsFake((input) => {
      s3.put(input.Key, input.Body);
      return { ETag: '"v2"' };
    });
    await handler(sqsEvent(sqsRecord('m2', s3Notification(['inbox/story.txt']))), lambdaContext);

    expect(outcome).toEqual({ batchItemFailures: [] });
    // The old version's record was taken back, and the new version waited in the inbox.
    expect(afterFirst).toEqual({ inbox: ['inbox/story.txt'], records: [] });
    expect(records().map((r) => [r.key, r.status === 'article' && r.article.title])).toEqual([
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
