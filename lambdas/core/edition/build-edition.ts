import { buildDigest } from '../digest/build-digest.js';
import type { Digest } from '../digest/digest-model.js';
import type { ArticleRecord } from '../ingest/article-record.js';
import type { Article, Rejection } from '../model.js';

/**
 * Builds an edition's digest from its records, once: grouping, key points, headlines and order.
 * A file with the same text as another is not grouped a second time but listed under the first
 * (by key) as its copy, so it is never silently absent and never counted as a second voice.
 * The newsletter function and `npm run digest` both build through this.
 *
 * @example
 * const digest = buildEdition('2024-05-16', records);
 * digest.stories[0]?.articles[0]?.copies; // ['wire/copy-of-cnn.txt']
 */
export function buildEdition(
  edition: string,
  records: readonly ArticleRecord[],
  unreadable: readonly Rejection[] = [],
): Digest {
  const sorted = [...records].sort((a, b) => a.key.localeCompare(b.key));
  const originals = new Map<string, Article>();
  const copies = new Map<string, string[]>();
  const rejected: Rejection[] = [...unreadable];
  for (const record of sorted) {
    if (record.status === 'rejected') {
      rejected.push({ key: record.key, reason: record.reason });
      continue;
    }
    const first = originals.get(record.contentHash);
    if (first) copies.set(first.key, [...(copies.get(first.key) ?? []), record.key]);
    else originals.set(record.contentHash, { ...record.article, key: record.key });
  }
  const digest = buildDigest(edition, [...originals.values()], rejected);
  if (copies.size === 0) return digest;
  return {
    ...digest,
    stories: digest.stories.map((story) => ({
      ...story,
      articles: story.articles.map((a) => {
        const same = copies.get(a.key);
        return same ? { ...a, copies: same } : a;
      }),
    })),
  };
}
