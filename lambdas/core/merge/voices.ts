import type { Article } from '../model.js';
import type { Rewrite } from './rewrites.js';

/** The web address's host, without `www.`, or null when there is no parsable address. */
export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

/** How a reader is told who wrote an article: its outlet, else its web address's host; null when unknown. */
export const sourceName = (article: Pick<Article, 'outlet' | 'url'>): string | null =>
  article.outlet ?? hostOf(article.url);

/**
 * The independent voice behind an article: its source's name, an unnamed article counting as a
 * voice of its own, and a rewrite speaking with the voice of the article it restates.
 */
export function voiceOf(
  article: Article,
  rewrites: ReadonlyMap<string, Rewrite>,
  byKey: ReadonlyMap<string, Article>,
): string {
  const originalKey = rewrites.get(article.key)?.originalKey;
  const speaker = (originalKey === undefined ? undefined : byKey.get(originalKey)) ?? article;
  return sourceName(speaker) ?? `\u0000${speaker.key}`;
}
