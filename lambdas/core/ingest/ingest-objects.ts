import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { OutOfTimeError } from '../errors.js';
import { checkSize } from '../extract/check-size.js';
import { type IngestResult, toRejection } from '../extract/ingest-result.js';
import type { Extractor, Log, ObjectStore } from '../ports.js';
import { publishedKey, recordKey, toRecord } from './article-record.js';
import { moveOriginal } from './move-original.js';
import { type RecordVersion, readRecordVersion, writeRecord } from './record-writes.js';

/** The prefix users drop files under. */
export const INBOX = 'inbox/';

/** What became of one uploaded object. */
export type IngestOutcome =
  | { readonly status: 'article'; readonly key: string; readonly changed: boolean }
  | { readonly status: 'rejected'; readonly key: string; readonly reason: string; readonly changed: boolean }
  | { readonly status: 'skipped'; readonly key: string; readonly why: string };

/** Settings of ingestion. */
export interface IngestSettings {
  readonly maxBytes: number;
}

/** What ingestion works with: the bucket, the bounded extractor, the log and the clock. */
export interface IngestPorts {
  readonly store: ObjectStore;
  readonly extractor: Extractor;
  readonly log: Log;
  readonly now?: () => Date;
  /** True when no new file should be started (the invocation's time is nearly up). */
  readonly outOfTime?: () => boolean;
}

// A few files in flight at a time: downloads overlap extraction, and a batch of large files never
// sits in memory all at once.
const CONCURRENCY = 4;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const skipped = (key: string, why: string): IngestOutcome => ({ status: 'skipped', key, why });
const GONE = 'already processed (no longer in the inbox)';

async function read(
  store: ObjectStore,
  key: string,
  relative: string,
  settings: IngestSettings,
  extractor: Extractor,
): Promise<{ result: IngestResult; hash: string; etag: string } | null> {
  const head = await store.head(key);
  if (head === null) return null;
  try {
    checkSize(head.size, settings.maxBytes);
  } catch (error) {
    // Too large or empty: rejected on its stored size, without being downloaded.
    return {
      result: { ok: false, rejection: toRejection(relative, error) },
      hash: `size:${head.size}`,
      etag: head.etag,
    };
  }
  const stored = await store.get(key);
  if (!stored) return null;
  const result = await extractor.extract({ key: relative, bytes: stored.body }, settings);
  return { result, hash: sha256(stored.body), etag: stored.etag };
}

/**
 * Whether this very text of the file was already taken into an edition, its record since
 * removed: a redelivery after the edition was built (the original had not moved yet).
 */
async function publishedAlready(
  store: ObjectStore,
  target: string,
  before: RecordVersion,
  hash: string,
): Promise<boolean> {
  if (before.etag !== null) return false;
  const mark = await store.get(publishedKey(target));
  if (!mark) return false;
  try {
    return (JSON.parse(new TextDecoder().decode(mark.body)) as { contentHash?: string }).contentHash === hash;
  } catch {
    return false;
  }
}

/**
 * Ingests one inbox object on its own: reads it (its size checked before download), extracts it
 * through the bounded extractor, stores its record under `records/` (replacing the record of an
 * earlier upload of the same key, and nothing else), then moves the original to `processed/`, or
 * to `rejected/` with its reason. A record written for a version that a newer upload replaced
 * meanwhile is taken back, so the newer version's own notification decides.
 */
export async function ingestObject(
  ports: IngestPorts,
  key: string,
  settings: IngestSettings,
): Promise<IngestOutcome> {
  const { store, log } = ports;
  if (!key.startsWith(INBOX)) return skipped(key, 'not under inbox/');
  if (key.endsWith('/')) return skipped(key, 'a folder marker, not a file');
  const relative = key.slice(INBOX.length);
  const target = recordKey(relative);
  // The record's version before extraction: it is replaced only if nobody wrote it since.
  const before: RecordVersion = await readRecordVersion(store, target);
  const file = await read(store, key, relative, settings, ports.extractor);
  if (file === null) return skipped(key, GONE);
  const { result, hash, etag } = file;
  const record = toRecord(result, hash, (ports.now ?? (() => new Date()))());
  const written = (await publishedAlready(store, target, before, hash))
    ? { changed: false, takeBack: async () => undefined }
    : await writeRecord(store, target, record, before, async () => {
        const head = await store.head(key);
        return head?.etag === etag;
      });
  if (written === 'superseded') return skipped(key, 'replaced by a newer upload while being ingested');
  const moved = await moveOriginal(store, key, relative, etag, result);
  if (!moved) {
    // Uploaded again while this version was read: its record gives way to the newer version's.
    // Gone altogether, it was moved by a second delivery of this same version: the record stands.
    const now = await store.head(key);
    if (now === null) return skipped(key, GONE);
    if (written.changed && now.etag !== etag) await written.takeBack();
    return skipped(key, 'replaced by a newer upload while being ingested');
  }
  if (result.ok) {
    log.info('article ingested', {
      key,
      changed: written.changed,
      keyPoints: result.article.keyPoints.length,
    });
    return { status: 'article', key, changed: written.changed };
  }
  const { reason } = result.rejection;
  log.warn('file rejected', { key, reason });
  return { status: 'rejected', key, reason, changed: written.changed };
}

/**
 * Ingests a batch of inbox objects, each on its own (see `ingestObject`): no object is shared
 * between files, so one file's failure never touches another's. Returns, per key, its outcome or
 * the error that stopped it (the caller has those retried). Files not started before the
 * invocation runs out of time fail with `OutOfTimeError`.
 */
export async function ingestObjects(
  ports: IngestPorts,
  keys: readonly string[],
  settings: IngestSettings,
): Promise<(IngestOutcome | Error)[]> {
  const limit = pLimit(CONCURRENCY);
  return Promise.all(
    keys.map((key) =>
      limit(async () => {
        if (ports.outOfTime?.())
          return new OutOfTimeError(`${key} was not started: the invocation was running out of time`);
        return ingestObject(ports, key, settings).catch((error: unknown) => error as Error);
      }),
    ),
  );
}
