import type { ObjectStore } from '../ports.js';
import { optedOutIds } from './opt-outs.js';
import { collect, type InvalidSubscriber, parseSubscribers } from './subscriber-file.js';
import { recipientId } from './subscriber-id.js';

/** Raised when the configured subscribers file is missing from the bucket. */
export class SubscribersFileError extends Error {
  override readonly name = 'SubscribersFileError';
}

/** Where the subscribers come from: the deploy setting's list, a file in the bucket, or both. */
export interface SubscriberSources {
  readonly recipients: readonly string[];
  readonly subscribersKey: string | null;
  /** The deployment's secret, which names readers in opt-outs. */
  readonly recipientIdKey: string;
}

/** Who gets the next edition, and who does not and why. */
export interface Subscribers {
  /** Each address once (case-insensitively), in the order listed, without the readers who opted out. */
  readonly addresses: string[];
  /** Listed readers left out because they unsubscribed. */
  readonly optedOut: number;
  /** The first `MAX_INVALID_REPORTED` entries that are not addresses, by position and reason. */
  readonly invalid: InvalidSubscriber[];
  /** How many entries are not addresses in all. */
  readonly invalidCount: number;
}

/** Entries that are not addresses named in a report; the rest are counted (a log line stays small). */
export const MAX_INVALID_REPORTED = 20;

/** The largest subscribers file read: about a million addresses. */
export const MAX_SUBSCRIBERS_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The subscribers as of now: the addresses of the deploy setting and of the subscribers file,
 * joined after each is read on its own, less every reader with an opt-out. Opt-outs are read at
 * each run, so an unsubscribe is honoured by the very next send, with no redeploy.
 *
 * @throws SubscribersFileError when a subscribers file is configured but missing.
 */
export async function currentSubscribers(
  store: ObjectStore,
  sources: SubscriberSources,
): Promise<Subscribers> {
  const entries = sources.recipients.map((value, i) => ({ position: `recipients ${i + 1}`, value }));
  let fileInvalid: InvalidSubscriber[] = [];
  if (sources.subscribersKey !== null) {
    const missing = `the subscribers file ${sources.subscribersKey} is not in the bucket`;
    const head = await store.head(sources.subscribersKey);
    if (!head) throw new SubscribersFileError(missing);
    if (head.size > MAX_SUBSCRIBERS_FILE_BYTES)
      throw new SubscribersFileError(
        `the subscribers file ${sources.subscribersKey} has ${head.size} bytes; at most ${MAX_SUBSCRIBERS_FILE_BYTES} are read`,
      );
    const file = await store.get(sources.subscribersKey);
    if (!file) throw new SubscribersFileError(missing);
    const list = parseSubscribers(new TextDecoder().decode(file.body));
    fileInvalid = list.invalid;
    for (const value of list.valid) entries.push({ position: 'file', value });
  }
  const { valid, invalid } = collect(entries);
  const optedOut = await optedOutIds(store);
  const addresses = valid.filter((address) => !optedOut.has(recipientId(address, sources.recipientIdKey)));
  const allInvalid = [...invalid, ...fileInvalid];
  return {
    addresses,
    optedOut: valid.length - addresses.length,
    invalid: allInvalid.slice(0, MAX_INVALID_REPORTED),
    invalidCount: allInvalid.length,
  };
}
