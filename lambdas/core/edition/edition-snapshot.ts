import type { Digest } from '../digest/digest-model.js';
import { CorruptStateError, PreconditionFailedError } from '../errors.js';
import type { ObjectStore } from '../ports.js';

/** Where editions' snapshots live. */
export const EDITIONS = 'editions/';

/** An edition as built once, at send time: what every recipient's message is rendered from. */
export interface EditionSnapshot {
  readonly version: 1;
  readonly edition: string;
  /** When it was built: it covers the records ingested before. */
  readonly builtAt: string;
  /** The records it took, at the version read (and their files' hashes): removed once it is stored. */
  readonly records: readonly {
    readonly key: string;
    readonly etag: string;
    readonly contentHash: string | null;
  }[];
  /** Records left for the next edition because this one was full. */
  readonly deferred: number;
  readonly digest: Digest;
}

/** Where an edition's snapshot is stored. */
export const snapshotKey = (edition: string): string => `${EDITIONS}${edition}/digest.json`;
/** Marks an edition whose records are all removed from `records/`. */
export const consumedKey = (edition: string): string => `${EDITIONS}${edition}/consumed.json`;

const decoder = new TextDecoder();

/** Reads an edition's snapshot; null when it was never built. */
export async function readSnapshot(store: ObjectStore, edition: string): Promise<EditionSnapshot | null> {
  const object = await store.get(snapshotKey(edition));
  if (!object) return null;
  let value: Partial<EditionSnapshot>;
  try {
    value = JSON.parse(decoder.decode(object.body)) as Partial<EditionSnapshot>;
  } catch (cause) {
    throw new CorruptStateError(`the snapshot of edition ${edition} is not JSON`, { cause });
  }
  if (value.edition !== edition || !Array.isArray(value.records) || !Array.isArray(value.digest?.stories))
    throw new CorruptStateError(`the snapshot of edition ${edition} does not have the expected shape`);
  return value as EditionSnapshot;
}

/**
 * Stores a snapshot unless the edition already has one (a run at the same time built it first);
 * returns the snapshot that stands.
 */
export async function storeSnapshot(store: ObjectStore, snapshot: EditionSnapshot): Promise<EditionSnapshot> {
  try {
    await store.put(snapshotKey(snapshot.edition), JSON.stringify(snapshot), {
      contentType: 'application/json',
      ifNoneMatch: '*',
    });
    return snapshot;
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    const standing = await readSnapshot(store, snapshot.edition);
    if (!standing) throw error;
    return standing;
  }
}
