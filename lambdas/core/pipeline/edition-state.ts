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

function rebuild(state: EditionState, articles: StoredArticle[], rejected: StoredRejection[]): EditionState {
  const sortedArticles = articles.sort((a, b) => a.key.localeCompare(b.key));
  const digest = buildDigest(state.edition, sortedArticles, rejected);
  return {
    edition: state.edition,
    articles: sortedArticles,
    rejected: [...rejected].sort((a, b) => a.key.localeCompare(b.key)),
    stories: digest.stories,
  };
}

/**
 * Adds an article to an edition, replacing an earlier version of the same file. Returns null
 * when nothing changes: the same file again, or the same content under another name.
 */
export function withArticle(state: EditionState, article: Article, contentHash: string): EditionState | null {
  if (state.articles.some((a) => a.contentHash === contentHash)) return null;
  const articles = state.articles.filter((a) => a.key !== article.key);
  const rejected = state.rejected.filter((r) => r.key !== article.key);
  return rebuild(state, [...articles, compact(article, contentHash)], rejected);
}

/** Records a rejected file in an edition, replacing an earlier version of it. Returns null when nothing changes. */
export function withRejection(
  state: EditionState,
  rejection: Rejection,
  contentHash: string,
): EditionState | null {
  if (state.rejected.some((r) => r.key === rejection.key && r.contentHash === contentHash)) return null;
  const articles = state.articles.filter((a) => a.key !== rejection.key);
  const rejected = state.rejected.filter((r) => r.key !== rejection.key);
  return rebuild(state, articles, [...rejected, { ...rejection, contentHash }]);
}
