import { PreconditionFailedError } from '../errors.js';
import type { ObjectStore } from '../ports.js';
import { type ArticleRecord, parseRecord } from './article-record.js';

/** A record as it stood before a file was extracted: its version tag, and what it held if readable. */
export interface RecordVersion {
  readonly etag: string | null;
  readonly record: ArticleRecord | null;
}

/** A record that was written (or found already written), and how to take it back. */
export interface WrittenRecord {
  readonly changed: boolean;
  /** Deletes the record, unless someone wrote it since. */
  takeBack(): Promise<void>;
}

// Lost races on one file's record need a newer upload of that same file each time: a few suffice.
const MAX_ATTEMPTS = 5;

/** Reads the version of a record; one that is not readable counts as absent but keeps its tag. */
export async function readRecordVersion(store: ObjectStore, key: string): Promise<RecordVersion> {
  const object = await store.get(key);
  if (!object) return { etag: null, record: null };
  try {
    return { etag: object.etag, record: parseRecord(key, object.body) };
  } catch {
    return { etag: object.etag, record: null };
  }
}

const same = (a: ArticleRecord | null, b: ArticleRecord): boolean =>
  a !== null && a.contentHash === b.contentHash && a.status === b.status;

/**
 * Stores a file's record only if the record is still at `before` (so two versions of one file
 * being ingested at once never interleave). On a lost race, asks `stillCurrent` whether the version
 * read is still the one in the inbox: if not, the record is left to the newer upload
 * (`'superseded'`); if so, the write is tried again on the fresh record. The same content again
 * (a redelivered message) writes nothing and keeps its first ingestion time.
 */
export async function writeRecord(
  store: ObjectStore,
  key: string,
  record: ArticleRecord,
  before: RecordVersion,
  stillCurrent: () => Promise<boolean>,
): Promise<WrittenRecord | 'superseded'> {
  let current = before;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (same(current.record, record)) return { changed: false, takeBack: async () => undefined };
    try {
      const { etag } = await store.put(key, JSON.stringify(record), {
        contentType: 'application/json',
        ...(current.etag === null ? { ifNoneMatch: '*' as const } : { ifMatch: current.etag }),
      });
      return { changed: true, takeBack: () => takeBack(store, key, etag) };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      if (!(await stillCurrent())) return 'superseded';
      current = await readRecordVersion(store, key);
    }
  }
  throw new PreconditionFailedError(`${key} kept changing under ${MAX_ATTEMPTS} attempts to write it`);
}

async function takeBack(store: ObjectStore, key: string, etag: string): Promise<void> {
  try {
    await store.delete(key, { ifMatch: etag });
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
}
