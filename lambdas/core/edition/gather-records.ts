import pLimit from 'p-limit';
import { CorruptRecordError } from '../errors.js';
import { type ArticleRecord, parseRecord, RECORDS } from '../ingest/article-record.js';
import type { Rejection } from '../model.js';
import type { ListedObject, ObjectStore } from '../ports.js';

/** A record taken into an edition, and the version of it that was read. */
export interface TakenRecord {
  readonly storedKey: string;
  readonly etag: string;
  readonly record: ArticleRecord;
}

/** What an edition's build takes: records in time, those left for the next edition, and unreadable ones. */
export interface GatheredRecords {
  readonly taken: readonly TakenRecord[];
  /** Records ingested in time but over the edition's capacity: they wait for the next edition. */
  readonly deferred: number;
  /** Records that could not be read back, reported as rejected (and consumed with the edition). */
  readonly unreadable: readonly (Rejection & { readonly storedKey: string; readonly etag: string })[];
}

// Reads overlap their round trips; each record is a few kilobytes.
const READ_CONCURRENCY = 32;

/**
 * Reads the records waiting under `records/` that were stored no later than `cutoff`: an edition
 * covers what was ingested before it was built, so a file arriving during a send goes into the
 * next one. At most `maxArticles` are taken, oldest first (by the store's own write times, from
 * the listing), and only those are read: a backlog beyond the edition's capacity costs a listing,
 * never memory.
 */
export async function gatherRecords(
  store: ObjectStore,
  cutoff: Date,
  maxArticles: number,
): Promise<GatheredRecords> {
  const inTime: ListedObject[] = [];
  for await (const listed of store.list(RECORDS))
    if (listed.lastModified.getTime() <= cutoff.getTime()) inTime.push(listed);
  inTime.sort((a, b) => a.lastModified.getTime() - b.lastModified.getTime() || a.key.localeCompare(b.key));
  const limit = pLimit(READ_CONCURRENCY);
  const read = await Promise.all(
    inTime.slice(0, maxArticles).map((listed) => limit(() => readOne(store, listed))),
  );
  return {
    taken: read.filter((r): r is TakenRecord => r !== null && 'record' in r),
    deferred: Math.max(0, inTime.length - maxArticles),
    unreadable: read.filter((r): r is Unreadable => r !== null && 'reason' in r),
  };
}

type Unreadable = GatheredRecords['unreadable'][number];

async function readOne(store: ObjectStore, listed: ListedObject): Promise<TakenRecord | Unreadable | null> {
  const object = await store.get(listed.key);
  if (!object) return null;
  try {
    return { storedKey: listed.key, etag: object.etag, record: parseRecord(listed.key, object.body) };
  } catch (error) {
    if (!(error instanceof CorruptRecordError)) throw error;
    const key = listed.key.slice(RECORDS.length).replace(/\.json$/u, '');
    const reason = `its stored record could not be read back (${error.message}); upload the file again`;
    return { storedKey: listed.key, etag: object.etag, key, reason };
  }
}
