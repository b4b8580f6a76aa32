import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { PreconditionFailedError } from '../errors.js';
import { checkSize } from '../extract/extract-article.js';
import { type IngestResult, ingestFile, toRejection } from '../extract/ingest-file.js';
import { type EditionState, putArticle, putRejection, rebuildStories } from './edition-state.js';
import { updateEdition } from './edition-store.js';
import type { Log, ObjectStore } from './ports.js';

/** The prefixes an uploaded file moves through. */
export const INBOX = 'inbox/';
const PROCESSED = 'processed/';
const REJECTED = 'rejected/';

/** What became of one uploaded object. */
export type IngestOutcome =
  | { readonly status: 'article'; readonly key: string; readonly changed: boolean }
  | { readonly status: 'rejected'; readonly key: string; readonly reason: string; readonly changed: boolean }
  | { readonly status: 'skipped'; readonly key: string; readonly why: string };

/** Settings of ingestion. */
export interface IngestSettings {
  readonly maxBytes: number;
}

/** An object uploaded to the inbox, and the edition it belongs to. */
export interface InboxObject {
  readonly key: string;
  readonly edition: string;
}

interface Prepared extends InboxObject {
  readonly relative: string;
  /** The version tag of what was read: the original moves only while it is still that version. */
  readonly etag: string;
  readonly result: IngestResult;
  readonly hash: string;
}

const PREPARE_CONCURRENCY = 8;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const skipped = (key: string, why: string): IngestOutcome => ({ status: 'skipped', key, why });

/** Reads an object and runs the engine on it; its size is checked before it is downloaded. */
async function prepare(
  store: ObjectStore,
  object: InboxObject,
  settings: IngestSettings,
): Promise<Prepared | IngestOutcome> {
  const { key } = object;
  if (!key.startsWith(INBOX)) return skipped(key, 'not under inbox/');
  if (key.endsWith('/')) return skipped(key, 'a folder marker, not a file');
  const relative = key.slice(INBOX.length);
  const head = await store.head(key);
  if (head === null) return skipped(key, 'already processed (no longer in the inbox)');
  const { size, etag } = head;
  try {
    checkSize(size, settings.maxBytes);
  } catch (error) {
    // Too large or empty: rejected on its stored size, without being downloaded.
    return {
      ...object,
      relative,
      result: { ok: false, rejection: toRejection(relative, error) },
      hash: `size:${size}`,
      etag,
    };
  }
  const stored = await store.get(key);
  if (!stored) return skipped(key, 'already processed (no longer in the inbox)');
  return {
    ...object,
    relative,
    result: ingestFile({ key: relative, bytes: stored.body }, settings),
    hash: sha256(stored.body),
    etag: stored.etag,
  };
}

/** Puts a batch's articles and rejections in an edition, then rebuilds its stories once. */
function apply(state: EditionState, prepared: readonly Prepared[]): EditionState | null {
  let current: EditionState | null = null;
  for (const p of prepared) {
    const base: EditionState = current ?? state;
    const next: EditionState | null = p.result.ok
      ? putArticle(base, p.result.article, p.hash)
      : putRejection(base, p.result.rejection, p.hash);
    if (next) current = next;
  }
  return current && rebuildStories(current);
}

/** Moves an original out of the inbox once its result is stored: to processed/, or to rejected/ with its reason. */
async function finish(store: ObjectStore, p: Prepared, changed: boolean, log: Log): Promise<IngestOutcome> {
  try {
    return await move(store, p, changed, log);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    // Uploaded again while this version was being read: the new version is left in the inbox,
    // where its own notification ingests it.
    return skipped(p.key, 'replaced by a newer upload while being ingested');
  }
}

async function move(store: ObjectStore, p: Prepared, changed: boolean, log: Log): Promise<IngestOutcome> {
  const version = { ifMatch: p.etag };
  if (p.result.ok) {
    await store.copy(p.key, `${PROCESSED}${p.relative}`, version);
    await store.delete(p.key, version);
    log.info('article ingested', {
      key: p.key,
      edition: p.edition,
      changed,
      keyPoints: p.result.article.keyPoints.length,
    });
    return { status: 'article', key: p.key, changed };
  }
  const { reason } = p.result.rejection;
  await store.copy(p.key, `${REJECTED}${p.relative}`, version);
  await store.put(`${REJECTED}${p.relative}.reason.txt`, `${reason}\n`, {
    contentType: 'text/plain; charset=utf-8',
  });
  await store.delete(p.key, version);
  log.warn('file rejected', { key: p.key, edition: p.edition, reason });
  return { status: 'rejected', key: p.key, reason, changed };
}

/**
 * Ingests objects uploaded under `inbox/`: each is read (its size checked before it is
 * downloaded) and run through the engine; then each edition's stories take all of its new
 * articles and rejections in one conditional update. Only once that is stored does each original
 * move, to `processed/` or to `rejected/` with a `.reason.txt` beside it, so an original is never
 * lost. Objects already gone (a duplicate delivery) and folder markers are skipped. Returns, per
 * object, its outcome or the error that stopped it (the caller retries those).
 */
export async function ingestObjects(
  store: ObjectStore,
  objects: readonly InboxObject[],
  settings: IngestSettings,
  log: Log,
): Promise<(IngestOutcome | Error)[]> {
  // A few downloads at a time: a batch of large files must not sit in memory all at once.
  const limit = pLimit(PREPARE_CONCURRENCY);
  const prepared = await Promise.all(
    objects.map((o) => limit(() => prepare(store, o, settings).catch((e: unknown) => e as Error))),
  );
  const results: (IngestOutcome | Error)[] = [...prepared] as (IngestOutcome | Error)[];
  const ready = prepared
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: Prepared; i: number } => 'result' in x.p);
  for (const edition of new Set(ready.map((x) => x.p.edition))) {
    const batch = ready.filter((x) => x.p.edition === edition);
    let changed: boolean | Error;
    try {
      changed = await updateEdition(store, edition, (state) =>
        apply(
          state,
          batch.map((x) => x.p),
        ),
      );
    } catch (error) {
      changed = error as Error;
    }
    // Originals move a few at a time: each move is a copy then a delete, two round trips.
    await Promise.all(
      batch.map(({ p, i }) =>
        limit(async () => {
          results[i] =
            changed instanceof Error
              ? changed
              : await finish(store, p, changed, log).catch((e: unknown) => e as Error);
        }),
      ),
    );
  }
  return results;
}

/** Ingests one object; see `ingestObjects`. Throws what stopped it. */
export async function ingestObject(
  store: ObjectStore,
  key: string,
  edition: string,
  settings: IngestSettings,
  log: Log,
): Promise<IngestOutcome> {
  const [result] = await ingestObjects(store, [{ key, edition }], settings, log);
  if (!result || result instanceof Error) throw result ?? new Error(`nothing came of ${key}`);
  return result;
}
