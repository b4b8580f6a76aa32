import { describe, expect, it } from 'vitest';
import {
  type ArticleRecord,
  type EditionSnapshot,
  openEdition,
  recordKey,
  snapshotKey,
  toRecord,
} from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { seedArticles } from './seed-articles.js';

const articles = seedArticles();
const errors: { message: string; extra: Record<string, unknown> }[] = [];
const log = {
  info: () => undefined,
  warn: () => undefined,
  error: (message: string, extra: Record<string, unknown>) => void errors.push({ message, extra }),
};

/** Stores the record of seed `index` under `key`, ingested at `time`. */
function ingest(store: MemoryStore, index: number, key: string, time: string): ArticleRecord {
  const article = articles[index];
  if (!article) throw new Error(`no seed ${index}`);
  const record = toRecord({ ok: true, article: { ...article, key } }, `${key}@${index}`, new Date(time));
  store.seed(recordKey(key), JSON.stringify(record), new Date(time));
  return record;
}

const keysOf = (snapshot: EditionSnapshot): string[] =>
  snapshot.digest.stories.flatMap((s) => s.articles.map((a) => a.key)).sort();
const open = (
  store: MemoryStore,
  edition: string,
  now: string,
  options: { dryRun?: boolean; max?: number } = {},
) =>
  openEdition(store, log, {
    edition,
    now: new Date(now),
    maxArticles: options.max ?? 25_000,
    dryRun: options.dryRun ?? false,
  });

describe('openEdition', () => {
  it('covers what was ingested before it was built, stores that once, and leaves later files for the next', async () => {
    // Prepare
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');
    ingest(store, 3, 'b.txt', '2024-05-16T05:59:00Z');
    ingest(store, 4, 'late.txt', '2024-05-16T06:00:01Z');

    // Act
    const first = await open(store, '2024-05-16', '2024-05-16T06:00:00Z');
    const next = await open(store, '2024-05-17', '2024-05-17T06:00:00Z');

    // Assess
    expect(keysOf(first)).toEqual(['a.txt', 'b.txt']);
    expect(keysOf(next)).toEqual(['late.txt']);
    expect(store.keys('records/')).toEqual([]);
  });

  it('gives a second run of the same edition the stored snapshot, whatever arrived since', async () => {
    // Prepare
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');
    const first = await open(store, '2024-05-16', '2024-05-16T06:00:00Z');
    ingest(store, 1, 'b.txt', '2024-05-16T06:10:00Z');

    // Act
    const again = await open(store, '2024-05-16', '2024-05-16T06:20:00Z');

    // Assess
    expect(again).toEqual(first);
    expect(store.keys('records/')).toEqual([recordKey('b.txt')]);
  });

  it('takes each record into one edition only when two runs build at once', async () => {
    // Prepare
    const store = new MemoryStore(2);
    for (let i = 0; i < 5; i++) ingest(store, i, `${i}.txt`, '2024-05-16T05:00:00Z');

    // Act
    const [one, two] = await Promise.all([
      open(store, '2024-05-16', '2024-05-16T06:00:00Z'),
      open(store, '2024-05-16', '2024-05-16T06:00:00Z'),
    ]);
    const next = await open(store, '2024-05-17', '2024-05-17T06:00:00Z');

    // Assess
    expect(one).toEqual(two);
    expect(keysOf(one)).toEqual(['0.txt', '1.txt', '2.txt', '3.txt', '4.txt']);
    expect(next.digest.stories).toEqual([]);
  });

  it('keeps a file uploaded again after the build for the next edition', async () => {
    // Prepare: the store answers the build's read of a.txt, then a new version lands before it is taken out.
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');
    const realDelete = store.delete.bind(store);
    store.delete = async (key, options) => {
      if (key === recordKey('a.txt')) ingest(store, 1, 'a.txt', '2024-05-16T06:05:00Z');
      return realDelete(key, options);
    };

    // Act
    const first = await open(store, '2024-05-16', '2024-05-16T06:00:00Z');
    store.delete = realDelete;
    const next = await open(store, '2024-05-17', '2024-05-17T06:00:00Z');

    // Assess: the first version in the first edition, the new one in the next.
    expect(first.digest.stories[0]?.articles[0]?.title).toBe(articles[0]?.title);
    expect(next.digest.stories[0]?.articles[0]?.title).toBe(articles[1]?.title);
  });

  it('finishes taking out the records of a run that died after storing its snapshot', async () => {
    // Prepare: a run stored its snapshot, then died before removing any record.
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');
    const realDelete = store.delete.bind(store);
    store.delete = async (key, options) => {
      if (key.startsWith('records/')) throw new Error('the run died');
      return realDelete(key, options);
    };
    await expect(open(store, '2024-05-16', '2024-05-16T06:00:00Z')).rejects.toThrow('the run died');
    store.delete = realDelete;
    ingest(store, 1, 'b.txt', '2024-05-16T07:00:00Z');

    // Act: not the retry of that edition but the next one.
    const next = await open(store, '2024-05-17', '2024-05-17T06:00:00Z');

    // Assess
    expect(keysOf(next)).toEqual(['b.txt']);
    expect(store.keys('records/')).toEqual([]);
  });

  it('takes at most its capacity, oldest first, reads no more, logs an error, and leaves the rest for the next edition', async () => {
    // Prepare
    const store = new MemoryStore();
    for (let i = 0; i < 5; i++) ingest(store, i, `${i}.txt`, `2024-05-16T0${i}:00:00Z`);
    errors.length = 0;
    const read: string[] = [];
    const realGet = store.get.bind(store);
    store.get = async (key) => {
      if (key.startsWith('records/')) read.push(key);
      return realGet(key);
    };

    // Act
    const full = await open(store, '2024-05-16', '2024-05-16T06:00:00Z', { max: 3 });
    store.get = realGet;
    const next = await open(store, '2024-05-17', '2024-05-17T06:00:00Z', { max: 3 });

    // Assess
    expect(keysOf(full)).toEqual(['0.txt', '1.txt', '2.txt']);
    expect(read).toEqual(['0.txt', '1.txt', '2.txt'].map(recordKey));
    expect(full.deferred).toBe(2);
    expect(errors).toEqual([
      { message: 'edition over capacity', extra: { edition: '2024-05-16', maxArticles: 3, deferred: 2 } },
    ]);
    expect(keysOf(next)).toEqual(['3.txt', '4.txt']);
  });

  it('lists a record it cannot read as rejected, with a reason, and goes on', async () => {
    // Prepare
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');
    store.seed(recordKey('mangled.txt'), '{"version":1,', new Date('2024-05-16T05:30:00Z'));

    // Act
    const snapshot = await open(store, '2024-05-16', '2024-05-16T06:00:00Z');

    // Assess
    expect(keysOf(snapshot)).toEqual(['a.txt']);
    expect(snapshot.digest.rejected).toEqual([
      { key: 'mangled.txt', reason: expect.stringMatching(/^its stored record could not be read back/u) },
    ]);
  });

  it('stores nothing and takes nothing on a dry run', async () => {
    // Prepare
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');

    // Act
    const preview = await open(store, '2024-05-16', '2024-05-16T06:00:00Z', { dryRun: true });

    // Assess
    expect(keysOf(preview)).toEqual(['a.txt']);
    expect(store.keys('editions/')).toEqual([]);
    expect(store.keys('records/')).toEqual([recordKey('a.txt')]);
    expect(store.keys()).not.toContain(snapshotKey('2024-05-16'));
  });

  it('takes each record once when two runs build two different editions at once', async () => {
    // Prepare
    const store = new MemoryStore(2);
    for (let i = 0; i < 5; i++) ingest(store, i, `${i}.txt`, '2024-05-16T05:00:00Z');

    // Act: the scheduled run and an on-demand run naming another date.
    const [one, two] = await Promise.all([
      open(store, '2024-05-16', '2024-05-16T06:00:00Z'),
      open(store, '2024-05-17', '2024-05-16T06:00:00Z'),
    ]);

    // Assess
    expect([...keysOf(one), ...keysOf(two)].sort()).toEqual(['0.txt', '1.txt', '2.txt', '3.txt', '4.txt']);
    expect(store.keys('editions/.building')).toEqual([]);
  });

  it('leaves a published mark for each record it took, with the file’s hash', async () => {
    // Prepare
    const store = new MemoryStore();
    const record = ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');

    // Act
    await open(store, '2024-05-16', '2024-05-16T06:00:00Z');

    // Assess
    const mark = await store.get('published/a.txt.json');
    expect(JSON.parse(new TextDecoder().decode(mark?.body))).toEqual({
      contentHash: record.contentHash,
      edition: '2024-05-16',
    });
  });

  it('takes over the build lease a dead run left past its time', async () => {
    // Prepare
    const store = new MemoryStore();
    ingest(store, 0, 'a.txt', '2024-05-16T05:00:00Z');
    store.seed(
      'editions/.building.json',
      JSON.stringify({ edition: '2024-05-15', until: '2024-05-15T06:16:00Z' }),
    );

    // Act
    const snapshot = await open(store, '2024-05-16', '2024-05-16T06:00:00Z');

    // Assess
    expect(keysOf(snapshot)).toEqual(['a.txt']);
    expect(store.keys('editions/.building')).toEqual([]);
  });
});
