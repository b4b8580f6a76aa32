import { createHash } from 'node:crypto';
import { checkSize } from '../extract/extract-article.js';
import { ingestFile, toRejection } from '../extract/ingest-file.js';
import type { Rejection } from '../model.js';
import { withArticle, withRejection } from './edition-state.js';
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

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function reject(
  store: ObjectStore,
  key: string,
  relative: string,
  rejection: Rejection,
): Promise<void> {
  await store.copy(key, `${REJECTED}${relative}`);
  await store.put(`${REJECTED}${relative}.reason.txt`, `${rejection.reason}\n`, {
    contentType: 'text/plain; charset=utf-8',
  });
}

/**
 * Ingests one object uploaded under `inbox/` into an edition: reads it (its size checked before
 * it is downloaded), runs the engine, and merges the article, or the rejection with its reason,
 * into the edition's stories. Only once that is stored does the original move, to `processed/`
 * or to `rejected/` with a `.reason.txt` beside it, so an original is never lost. An object
 * already gone (a duplicate delivery) or a folder marker is skipped.
 */
export async function ingestObject(
  store: ObjectStore,
  key: string,
  edition: string,
  settings: IngestSettings,
  log: Log,
): Promise<IngestOutcome> {
  if (!key.startsWith(INBOX)) return { status: 'skipped', key, why: 'not under inbox/' };
  if (key.endsWith('/')) return { status: 'skipped', key, why: 'a folder marker, not a file' };
  const relative = key.slice(INBOX.length);
  const size = await store.size(key);
  if (size === null) return { status: 'skipped', key, why: 'already processed (no longer in the inbox)' };

  let result: ReturnType<typeof ingestFile> | undefined;
  let hash = '';
  try {
    checkSize(size, settings.maxBytes);
  } catch (error) {
    // Too large or empty: rejected on its stored size, without being downloaded.
    result = { ok: false, rejection: toRejection(relative, error) };
    hash = `size:${size}`;
  }
  if (!result) {
    const object = await store.get(key);
    if (!object) return { status: 'skipped', key, why: 'already processed (no longer in the inbox)' };
    hash = sha256(object.body);
    result = ingestFile({ key: relative, bytes: object.body }, settings);
  }

  if (result.ok) {
    const article = result.article;
    const changed = await updateEdition(store, edition, (state) => withArticle(state, article, hash));
    await store.copy(key, `${PROCESSED}${relative}`);
    await store.delete(key);
    log.info('article ingested', { key, edition, changed, keyPoints: article.keyPoints.length });
    return { status: 'article', key, changed };
  }
  const rejection = result.rejection;
  const changed = await updateEdition(store, edition, (state) => withRejection(state, rejection, hash));
  await reject(store, key, relative, rejection);
  await store.delete(key);
  log.warn('file rejected', { key, edition, reason: rejection.reason });
  return { status: 'rejected', key, reason: rejection.reason, changed };
}
