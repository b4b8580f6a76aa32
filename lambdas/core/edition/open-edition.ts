import type { Log, ObjectStore } from '../ports.js';
import { buildEdition } from './build-edition.js';
import { busy, leasePause, tryLease } from './build-lease.js';
import { consumeRecords, finishEarlierEditions } from './consume-records.js';
import { consumedKey, type EditionSnapshot, readSnapshot, storeSnapshot } from './edition-snapshot.js';
import { gatherRecords } from './gather-records.js';

/** The log message of a build over capacity; the stack's alarm counts it. */
export const OVER_CAPACITY_MESSAGE = 'edition over capacity';

/** How long a run waits for another run's build before giving up (its retry tries again). */
const WAIT_FOR_LEASE_MS = 5 * 60_000;

/** How an edition is opened. */
export interface OpenEditionOptions {
  readonly edition: string;
  /** The build's time: the edition covers records ingested no later. */
  readonly now: Date;
  /** Most articles one edition takes; the rest wait for the next. */
  readonly maxArticles: number;
  /** Build and return the edition without storing anything or taking any record. */
  readonly dryRun: boolean;
}

/**
 * The edition to send, built once: its stored snapshot when it has one (a retry, or a second run,
 * renders exactly what the first did), else a new build from the records waiting under
 * `records/`, stored as the snapshot before those records are taken out. A build over capacity
 * takes the oldest records and leaves the rest for the next edition, with an error logged.
 */
export async function openEdition(
  store: ObjectStore,
  log: Log,
  options: OpenEditionOptions,
): Promise<EditionSnapshot> {
  const { edition, dryRun } = options;
  if (dryRun) return (await readSnapshot(store, edition)) ?? build(store, log, options);
  const deadline = Date.now() + WAIT_FOR_LEASE_MS;
  for (;;) {
    const existing = await readSnapshot(store, edition);
    if (existing) {
      if ((await store.head(consumedKey(edition))) === null) await consumeRecords(store, existing);
      return existing;
    }
    // One build at a time, whatever edition it names: two would take the same records.
    const lease = await tryLease(store, edition, new Date());
    if (lease) {
      try {
        if (await readSnapshot(store, edition)) continue;
        // Records a crashed earlier run took but did not remove must not be taken twice.
        await finishEarlierEditions(store, edition);
        const standing = await storeSnapshot(store, await build(store, log, options));
        await consumeRecords(store, standing);
        return standing;
      } finally {
        await lease.release();
      }
    }
    if (Date.now() > deadline) throw busy(edition);
    await leasePause();
  }
}

/** Gathers the records in time and builds the edition from them, storing nothing. */
async function build(store: ObjectStore, log: Log, options: OpenEditionOptions): Promise<EditionSnapshot> {
  const { edition, now, maxArticles, dryRun } = options;
  const started = Date.now();
  const gathered = await gatherRecords(store, now, maxArticles);
  const digest = buildEdition(
    edition,
    gathered.taken.map((t) => t.record),
    gathered.unreadable.map(({ key, reason }) => ({ key, reason })),
  );
  const snapshot: EditionSnapshot = {
    version: 1,
    edition,
    builtAt: now.toISOString(),
    records: [
      ...gathered.taken.map((t) => ({ key: t.storedKey, etag: t.etag, contentHash: t.record.contentHash })),
      ...gathered.unreadable.map((u) => ({ key: u.storedKey, etag: u.etag, contentHash: null })),
    ],
    deferred: gathered.deferred,
    digest,
  };
  log.info('edition built', {
    edition,
    records: snapshot.records.length,
    stories: digest.stories.length,
    buildMs: Math.round(Date.now() - started),
    dryRun,
  });
  if (gathered.deferred > 0)
    log.error(OVER_CAPACITY_MESSAGE, { edition, maxArticles, deferred: gathered.deferred });
  return snapshot;
}
