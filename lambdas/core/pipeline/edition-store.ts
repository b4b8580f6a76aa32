import { ConcurrentUpdateError, CorruptStateError, PreconditionFailedError } from '../errors.js';
import { type EditionState, emptyEdition } from './edition-state.js';
import type { ObjectStore } from './ports.js';

/** Where an edition's state lives in the bucket. */
export const editionKey = (edition: string): string => `editions/${edition}/state.json`;

/** Attempts at a conditional update before giving up (the message is then retried by the queue). */
const MAX_ATTEMPTS = 8;

const decoder = new TextDecoder();

function parseState(edition: string, body: Uint8Array): EditionState {
  let state: unknown;
  try {
    state = JSON.parse(decoder.decode(body));
  } catch (cause) {
    throw new CorruptStateError(`the state of edition ${edition} is not JSON`, { cause });
  }
  const s = state as Partial<EditionState>;
  if (
    s.edition !== edition ||
    !Array.isArray(s.articles) ||
    !Array.isArray(s.rejected) ||
    !Array.isArray(s.stories)
  ) {
    throw new CorruptStateError(`the state of edition ${edition} does not have the expected shape`);
  }
  return s as EditionState;
}

/** Reads an edition's state; an edition never written is empty. */
export async function readEdition(
  store: ObjectStore,
  edition: string,
): Promise<{ state: EditionState; etag: string | null }> {
  const object = await store.get(editionKey(edition));
  if (!object) return { state: emptyEdition(edition), etag: null };
  return { state: parseState(edition, object.body), etag: object.etag };
}

/** Waits a random, growing while before another attempt, so racing writers spread out. */
const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** Math.min(attempt, 6)));

/**
 * Applies a change to an edition's state with optimistic concurrency: read the state and its
 * version tag, apply the change, write only if nobody wrote in between (If-Match, or
 * If-None-Match for a new edition), and on a lost race read again and re-apply. Two writers at
 * the same time therefore both land. `change` returns null when there is nothing to write.
 * Returns whether the state changed.
 */
export async function updateEdition(
  store: ObjectStore,
  edition: string,
  change: (state: EditionState) => EditionState | null,
): Promise<boolean> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { state, etag } = await readEdition(store, edition);
    const next = change(state);
    if (next === null) return false;
    const body = JSON.stringify(next);
    try {
      await store.put(editionKey(edition), body, {
        contentType: 'application/json',
        ...(etag === null ? { ifNoneMatch: '*' as const } : { ifMatch: etag }),
      });
      return true;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      await backoff(attempt);
    }
  }
  throw new ConcurrentUpdateError(
    `edition ${edition} changed under every one of ${MAX_ATTEMPTS} attempts to update it`,
  );
}
