import { PreconditionFailedError } from '../errors.js';
import type { ObjectStore } from '../ports.js';

/** Where opt-outs live: one object per reader who unsubscribed, named by the reader's id. */
export const OPT_OUTS = 'opt-outs/';

/** How an opt-out was asked for: a mail client's one-click POST, or the confirm button of the page. */
export type OptOutVia = 'one-click' | 'page';

/** What an opt-out object holds; no address, only the id the link carried. */
export interface OptOut {
  readonly id: string;
  readonly at: string;
  readonly via: OptOutVia;
}

/** The key of a reader's opt-out. */
export const optOutKey = (id: string): string => `${OPT_OUTS}${id}.json`;

/**
 * Records that the reader with `id` unsubscribed. The first opt-out stands (a conditional write), so
 * repeating the request, as mail clients and people do, changes nothing.
 */
export async function recordOptOut(store: ObjectStore, id: string, via: OptOutVia, now: Date): Promise<void> {
  const optOut: OptOut = { id, at: now.toISOString(), via };
  try {
    await store.put(optOutKey(id), JSON.stringify(optOut), {
      contentType: 'application/json',
      ifNoneMatch: '*',
    });
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
}

/** Removes the reader's opt-out (resubscribing); nothing happens when there is none. */
export async function withdrawOptOut(store: ObjectStore, id: string): Promise<void> {
  await store.delete(optOutKey(id));
}

/** The ids of every reader who opted out, from a listing (keys only, a thousand a page). */
export async function optedOutIds(store: ObjectStore): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const { key } of store.list(OPT_OUTS)) {
    if (key.endsWith('.json')) ids.add(key.slice(OPT_OUTS.length, -'.json'.length));
  }
  return ids;
}
