import type { Article } from '../model.js';
import { comparisonKey } from '../text/normalize.js';
import { anchorsOf } from './fact-alignment.js';

/** One distinct sentence of a story and every article that has it verbatim (wire copy repeats sentences). */
export interface Candidate {
  readonly text: string;
  readonly articles: Set<Article>;
  /** How central the sentence is to its article, 0..1: its key-point score scaled by the article's best. */
  relevance: number;
}

/** A body sentence its article did not rank among its key points still counts, below every ranked one. */
const UNRANKED_RELEVANCE = 0.05;
/** Rare words by which sentences are looked up: two sentences stating one fact share some of them. */
export const ANCHORS = 4;

/**
 * Every sentence the story's articles offer as a fact: their ranked key points and the lead
 * sentences stored with them, photo captions left out, verbatim duplicates joined.
 */
export function storyCandidates(articles: readonly Article[]): Candidate[] {
  // A line one report shows as a photo caption is a caption wherever it appears.
  const captions = new Set(articles.flatMap((a) => a.captions.map(comparisonKey)));
  const byText = new Map<string, Candidate>();
  const add = (article: Article, text: string, relevance: number) => {
    const key = comparisonKey(text);
    if (captions.has(key)) return;
    const known = byText.get(key);
    if (known) {
      known.articles.add(article);
      known.relevance = Math.max(known.relevance, relevance);
    } else byText.set(key, { text, articles: new Set([article]), relevance });
  };
  for (const article of articles) {
    const top = article.keyPoints[0]?.score ?? 1;
    for (const point of article.keyPoints)
      add(article, point.text, top > 0 ? Math.max(0, point.score) / top : 0);
    for (const sentence of article.sentences) add(article, sentence.text, UNRANKED_RELEVANCE);
  }
  return [...byText.values()].sort((p, q) => q.relevance - p.relevance || p.text.localeCompare(q.text));
}

/** Candidates by their rare words, to find the few that may state what a sentence states. */
export class CandidateIndex<T extends { readonly text: string }> {
  private readonly byAnchor = new Map<string, T[]>();

  constructor(private readonly language = 'en') {}

  add(item: T): void {
    for (const anchor of anchorsOf(item.text, ANCHORS, this.language)) {
      const list = this.byAnchor.get(anchor);
      if (list) list.push(item);
      else this.byAnchor.set(anchor, [item]);
    }
  }

  /** Items sharing at least one rare word with `text`, each once, in the order they were added. */
  near(text: string): T[] {
    const seen = new Set<T>();
    for (const anchor of anchorsOf(text, ANCHORS * 2, this.language))
      for (const item of this.byAnchor.get(anchor) ?? []) seen.add(item);
    return [...seen];
  }
}
