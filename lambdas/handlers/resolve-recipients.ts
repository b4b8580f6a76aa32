import type { NewsletterConfig } from '../config/newsletter-config.js';
import { type Log, type ObjectStore, parseSubscribers } from '../core/index.js';

/** Thrown when the configured subscribers file is missing from the bucket. */
export class SubscribersFileError extends Error {
  override readonly name = 'SubscribersFileError';
}

/** The edition's recipients: the configured list, plus the subscribers file when one is configured. */
export async function resolveRecipients(
  store: ObjectStore,
  config: NewsletterConfig,
  log: Log,
): Promise<string[]> {
  if (config.subscribersKey === null) return [...config.recipients];
  const file = await store.get(config.subscribersKey);
  if (!file)
    throw new SubscribersFileError(`the subscribers file ${config.subscribersKey} is not in the bucket`);
  // The file is read on its own (it may be a JSON array), then joined with the configured list.
  const { valid, invalid } = parseSubscribers(new TextDecoder().decode(file.body));
  if (invalid.length > 0)
    log.warn('subscribers file has entries that are not email addresses', { count: invalid.length });
  const seen = new Set<string>();
  return [...config.recipients, ...valid].filter((address) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
