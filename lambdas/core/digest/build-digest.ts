import { createHash } from 'node:crypto';
import type { Article, Rejection } from '../model.js';
import type { Digest, DigestArticle, DigestStory } from './digest-model.js';

/** A stable story id derived from the keys of its articles. */
export function storyId(articleKeys: readonly string[]): string {
  return createHash('sha256')
    .update([...articleKeys].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
}

/** How an article is listed under its story. */
export function toDigestArticle(article: Article): DigestArticle {
  return {
    key: article.key,
    outlet: article.outlet,
    title: article.title,
    publishedAt: article.publishedAt,
    url: article.url,
  };
}

function storyOf(article: Article): DigestStory {
  return {
    id: storyId([article.key]),
    headline: article.title,
    articles: [toDigestArticle(article)],
    keyPoints: article.keyPoints.map((k) => ({
      text: k.text,
      outlets: article.outlet ? [article.outlet] : [],
      articleKeys: [article.key],
    })),
  };
}

/** Builds the edition's digest from its articles and the files that were rejected. */
export function buildDigest(
  edition: string,
  articles: readonly Article[],
  rejected: readonly Rejection[],
): Digest {
  const stories = articles.map(storyOf);
  return {
    edition,
    stories,
    rejected: [...rejected].sort((a, b) => a.key.localeCompare(b.key)),
  };
}
