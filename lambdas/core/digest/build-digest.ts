import { createHash } from 'node:crypto';
import { groupArticles } from '../group/group-articles.js';
import { findRewrites } from '../merge/rewrites.js';
import { storyKeyPoints } from '../merge/story-key-points.js';
import { voiceOf } from '../merge/voices.js';
import type { Article, Rejection } from '../model.js';
import type { Digest, DigestArticle, DigestStory } from './digest-model.js';
import { storyHeadline } from './story-headline.js';

/** A stable story id derived from the keys of its articles. */
export function storyId(articleKeys: readonly string[]): string {
  return createHash('sha256')
    .update([...articleKeys].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
}

/** How an article is listed under its story; `rewriteOf` names the article it restates. */
export function toDigestArticle(article: Article, rewriteOf?: string): DigestArticle {
  return {
    key: article.key,
    outlet: article.outlet,
    title: article.title,
    publishedAt: article.publishedAt,
    url: article.url,
    ...(rewriteOf === undefined ? {} : { rewriteOf }),
    language: article.language,
  };
}

interface RankedStory {
  readonly story: DigestStory;
  readonly sources: number;
  readonly latest: string;
}

function rankStory(articles: readonly Article[]): RankedStory {
  const sorted = [...articles].sort(
    (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.key.localeCompare(b.key),
  );
  const rewrites = findRewrites(sorted);
  const byKey = new Map(sorted.map((a) => [a.key, a]));
  return {
    story: {
      id: storyId(sorted.map((a) => a.key)),
      headline: storyHeadline(sorted),
      articles: sorted.map((a) => toDigestArticle(a, rewrites.get(a.key)?.originalKey)),
      keyPoints: storyKeyPoints(sorted, rewrites),
    },
    // Independent voices: a rewrite speaks with its original's.
    sources: new Set(sorted.map((a) => voiceOf(a, rewrites, byKey))).size,
    latest: sorted[0]?.publishedAt ?? '',
  };
}

/**
 * Builds the edition's digest: articles grouped into stories, each with its headline and the key
 * points merged across its outlets; stories ordered by importance (how many outlets covered them,
 * then recency); rejected files listed with their reasons.
 */
export function buildDigest(
  edition: string,
  articles: readonly Article[],
  rejected: readonly Rejection[],
): Digest {
  const stories = groupArticles(articles)
    .map(rankStory)
    .sort(
      (a, b) =>
        b.sources - a.sources ||
        b.latest.localeCompare(a.latest) ||
        b.story.articles.length - a.story.articles.length ||
        a.story.headline.localeCompare(b.story.headline),
    )
    .map((r) => r.story);
  return {
    edition,
    stories,
    rejected: [...rejected].sort((a, b) => a.key.localeCompare(b.key)),
  };
}
