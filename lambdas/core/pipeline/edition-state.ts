import { buildDigest } from '../digest/build-digest.js';
import type { Digest, DigestStory } from '../digest/digest-model.js';
import { GROUPING } from '../group/grouping-config.js';
import type { Article, Rejection } from '../model.js';

/** An article as an edition keeps it: what grouping and merging read, and a hash of the file it came from. */
export interface StoredArticle extends Article {
  readonly contentHash: string;
}

/** A rejected file as an edition keeps it. */
export interface StoredRejection extends Rejection {
  readonly contentHash: string;
}

/** Everything an edition holds: its articles, its rejected files, and the stories built from them. */
export interface EditionState {
  readonly edition: string;
  readonly articles: readonly StoredArticle[];
  readonly rejected: readonly StoredRejection[];
  readonly stories: readonly DigestStory[];
}

/** An edition with nothing in it yet. */
export function emptyEdition(edition: string): EditionState {
  return { edition, articles: [], rejected: [], stories: [] };
}

/** The digest of an edition, in the shape of `digest.json`. */
export function editionDigest(state: EditionState): Digest {
  return {
    edition: state.edition,
    stories: state.stories,
    rejected: state.rejected.map(({ key, reason }) => ({ key, reason })),
  };
}

// Grouping reads the lead and merging the ranked sentences: the rest of the body need not be stored.
function compact(article: Article, contentHash: string): StoredArticle {
  return { ...article, sentences: article.sentences.slice(0, GROUPING.leadSentences), contentHash };
}

/** Builds an edition's stories from its articles and rejections (a full regrouping). */
export function rebuildStories(state: EditionState): EditionState {
  const articles = [...state.articles].sort((a, b) => a.key.localeCompare(b.key));
  const rejected = [...state.rejected].sort((a, b) => a.key.localeCompare(b.key));
  return {
    edition: state.edition,
    articles,
    rejected,
    stories: buildDigest(state.edition, articles, rejected).stories,
  };
}

/**
 * Puts an article in an edition, replacing an earlier version of the same file; the stories are
 * not rebuilt (see `rebuildStories`). Returns null when nothing changes: the same file again, or
 * the same content under another name.
 */
export function putArticle(state: EditionState, article: Article, contentHash: string): EditionState | null {
  if (state.articles.some((a) => a.contentHash === contentHash)) return null;
  return {
    ...state,
    articles: [...state.articles.filter((a) => a.key !== article.key), compact(article, contentHash)],
    rejected: state.rejected.filter((r) => r.key !== article.key),
  };
}

/** Records a rejected file in an edition, replacing an earlier version of it; null when nothing changes. */
export function putRejection(
  state: EditionState,
  rejection: Rejection,
  contentHash: string,
): EditionState | null {
  if (state.rejected.some((r) => r.key === rejection.key && r.contentHash === contentHash)) return null;
  return {
    ...state,
    articles: state.articles.filter((a) => a.key !== rejection.key),
    rejected: [...state.rejected.filter((r) => r.key !== rejection.key), { ...rejection, contentHash }],
  };
}

/** `putArticle`, then the stories rebuilt. */
export function withArticle(state: EditionState, article: Article, contentHash: string): EditionState | null {
  const next = putArticle(state, article, contentHash);
  return next && rebuildStories(next);
}

/** `putRejection`, then the stories rebuilt. */
export function withRejection(
  state: EditionState,
  rejection: Rejection,
  contentHash: string,
): EditionState | null {
  const next = putRejection(state, rejection, contentHash);
  return next && rebuildStories(next);
}
