import { EditionBusyError, PreconditionFailedError } from '../errors.js';
import type { ObjectStore } from '../ports.js';
import { EDITIONS } from './edition-snapshot.js';

/** The one lease a build holds: two builds, of the same edition or of two, never gather at once. */
export const LEASE_KEY = `${EDITIONS}.building.json`;
/** A lease older than this was left by a run that died: the newsletter function stops at 15 minutes. */
const LEASE_MS = 16 * 60_000;
const POLL_MS = 500;

/** A held lease, released by deleting it at the version written. */
export interface Lease {
  release(): Promise<void>;
}

const decoder = new TextDecoder();

/**
 * Takes the build lease, or returns null when another run holds it. A lease past its time (its
 * run died) is removed, so the next attempt can take it.
 */
export async function tryLease(store: ObjectStore, edition: string, now: Date): Promise<Lease | null> {
  const body = JSON.stringify({ edition, until: new Date(now.getTime() + LEASE_MS).toISOString() });
  try {
    const { etag } = await store.put(LEASE_KEY, body, { contentType: 'application/json', ifNoneMatch: '*' });
    return {
      release: async () => {
        await store.delete(LEASE_KEY, { ifMatch: etag }).catch((error: unknown) => {
          if (!(error instanceof PreconditionFailedError)) throw error;
        });
      },
    };
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
  const held = await store.get(LEASE_KEY);
  if (held) {
    const until = Date.parse((JSON.parse(decoder.decode(held.body)) as { until?: string }).until ?? '');
    if (!(until > now.getTime()))
      await store.delete(LEASE_KEY, { ifMatch: held.etag }).catch((error: unknown) => {
        if (!(error instanceof PreconditionFailedError)) throw error;
      });
  }
  return null;
}

/** Waits before another attempt at the lease. */
export const leasePause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, POLL_MS));

/** Thrown when the lease stays held longer than a run may wait. */
export function busy(edition: string): EditionBusyError {
  return new EditionBusyError(
    `another run is building an edition; edition ${edition} was not built, try again later`,
  );
}
