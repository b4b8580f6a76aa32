import pLimit from 'p-limit';
import { PreconditionFailedError } from '../errors.js';
import { publishedKey } from '../ingest/article-record.js';
import type { ObjectStore } from '../ports.js';
import { consumedKey, EDITIONS, type EditionSnapshot, readSnapshot } from './edition-snapshot.js';

const DELETE_CONCURRENCY = 32;

/**
 * Removes from `records/` the records an edition took, each only at the version it took: a file
 * uploaded again since keeps its new record for the next edition. Each leaves a mark under
 * `published/`, so that a late redelivery of the same file (its original not yet moved when the
 * edition took it) is not recorded into the next edition too. Then marks the edition consumed.
 * Safe to run again after a crash half-way.
 */
export async function consumeRecords(store: ObjectStore, snapshot: EditionSnapshot): Promise<void> {
  const limit = pLimit(DELETE_CONCURRENCY);
  await Promise.all(
    snapshot.records.map(({ key, etag, contentHash }) =>
      limit(async () => {
        // The mark first: a redelivery of this file must find it published once the record is gone.
        if (contentHash)
          await store.put(publishedKey(key), JSON.stringify({ contentHash, edition: snapshot.edition }), {
            contentType: 'application/json',
          });
        try {
          await store.delete(key, { ifMatch: etag });
        } catch (error) {
          if (!(error instanceof PreconditionFailedError)) throw error;
        }
      }),
    ),
  );
  await store.put(consumedKey(snapshot.edition), JSON.stringify({ at: new Date().toISOString() }), {
    contentType: 'application/json',
  });
}

/**
 * Finishes the consumption of every stored edition not marked consumed (a run that died between
 * storing its snapshot and removing its records), so no record is taken by two editions.
 */
export async function finishEarlierEditions(store: ObjectStore, except: string): Promise<void> {
  const built = new Set<string>();
  const consumed = new Set<string>();
  for await (const { key } of store.list(EDITIONS)) {
    const [edition, file] = key.slice(EDITIONS.length).split('/');
    if (edition === undefined || edition === except) continue;
    if (file === 'digest.json') built.add(edition);
    if (file === 'consumed.json') consumed.add(edition);
  }
  for (const edition of built) {
    if (consumed.has(edition)) continue;
    const snapshot = await readSnapshot(store, edition);
    if (snapshot) await consumeRecords(store, snapshot);
  }
}
