import { describe, expect, it } from 'vitest';
import { currentSubscribers, optOutKey, recipientId, SubscribersFileError } from '../lambdas/core/index.js';
import { MAX_INVALID_REPORTED } from '../lambdas/core/subscribers/current-subscribers.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';

const KEY = 'k'.repeat(32);
const sources = (subscribersKey: string | null, recipients: string[] = []) => ({
  recipients,
  subscribersKey,
  recipientIdKey: KEY,
});

describe('currentSubscribers', () => {
  it('joins the setting and a JSON-array file, each address once, less the readers who opted out', async () => {
    // Prepare
    const store = new MemoryStore();
    await store.put('lists/subscribers.json', '["Ana@example.com", "ben@example.org", "cy@example.net"]');
    await store.put(optOutKey(recipientId('BEN@example.org', KEY)), '{}');

    // Act
    const result = await currentSubscribers(
      store,
      sources('lists/subscribers.json', ['ana@example.com', 'dee@example.com']),
    );

    // Assess
    expect(result).toEqual({
      addresses: ['ana@example.com', 'dee@example.com', 'cy@example.net'],
      optedOut: 1,
      invalid: [],
      invalidCount: 0,
    });
  });

  it('names only the first entries that are not addresses, and counts them all', async () => {
    // Prepare
    const store = new MemoryStore();
    const lines = Array.from({ length: 500 }, (_, i) => `not-an-address-${i}`);
    await store.put('lists/subscribers.txt', ['ana@example.com', ...lines].join('\n'));

    // Act
    const result = await currentSubscribers(store, sources('lists/subscribers.txt'));

    // Assess
    expect(result.addresses).toEqual(['ana@example.com']);
    expect(result.invalidCount).toBe(500);
    expect(result.invalid).toHaveLength(MAX_INVALID_REPORTED);
    expect(result.invalid[0]).toEqual({ position: 'line 2', reason: 'has no @' });
  });

  it('stops with the reason when the configured file is missing or too large to read', async () => {
    // Prepare
    const store = new MemoryStore();
    const huge = new MemoryStore();
    huge.head = async () => ({ size: 65 * 1024 * 1024, etag: '"x"' });

    // Act
    const missing = currentSubscribers(store, sources('lists/gone.txt'));
    const tooLarge = currentSubscribers(huge, sources('lists/huge.txt'));

    // Assess
    await expect(missing).rejects.toThrow(SubscribersFileError);
    await expect(missing).rejects.toThrow('lists/gone.txt is not in the bucket');
    await expect(tooLarge).rejects.toThrow(/has 68157440 bytes; at most 67108864 are read/u);
  });
});
