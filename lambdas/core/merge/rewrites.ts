import type { Article } from '../model.js';
import { carriedShare } from './fact-alignment.js';

/**
 * Similarity at which a sentence of one article may restate one of another (a paraphrase, or a
 * copy): low on its own, so it counts only in a run of such sentences in the same order.
 */
const RESTATED = 0.35;
/** Share of an article's sentences that must restate another's, in the same order, to make it a rewrite. */
const REWRITE_SHARE = 0.35;
/** The fewest restated sentences that can make a rewrite. */
const MIN_RESTATED = 4;
/** Articles of a story compared for rewrites: a rewrite restates one of the story's main reports. */
const MAX_COMPARED = 40;

const similarity = (a: string, b: string, language: string): number =>
  Math.min(carriedShare(a, b, language), carriedShare(b, a, language));

/** A rewrite: the article it restates, and its sentences paired with the ones they restate. */
export interface Rewrite {
  readonly originalKey: string;
  readonly restated: readonly (readonly [rewriteText: string, originalText: string])[];
}

/**
 * The longest run of `rewrite`'s sentences that restate `original`'s in the same order: each
 * sentence's best match, then the longest chain of matches increasing in both articles.
 */
function restatedInOrder(rewrite: Article, original: Article): [string, string][] {
  const matches: { from: string; to: string; at: number }[] = [];
  for (const sentence of rewrite.sentences) {
    let best: { to: string; at: number } | null = null;
    let bestScore = RESTATED;
    original.sentences.forEach((s, at) => {
      const score = similarity(sentence.text, s.text, rewrite.language);
      if (score >= bestScore) {
        bestScore = score;
        best = { to: s.text, at };
      }
    });
    const found = best as { to: string; at: number } | null;
    if (found) matches.push({ from: sentence.text, ...found });
  }
  // Longest increasing chain by position in the original (a few dozen matches: quadratic is fine).
  const length = matches.map(() => 1);
  const previous = matches.map(() => -1);
  for (let i = 0; i < matches.length; i++)
    for (let j = 0; j < i; j++)
      if ((matches[j]?.at ?? 0) < (matches[i]?.at ?? 0) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
  let end = length.indexOf(Math.max(0, ...length));
  const chain: [string, string][] = [];
  while (end >= 0) {
    const m = matches[end];
    if (m) chain.unshift([m.from, m.to]);
    end = previous[end] ?? -1;
  }
  return chain;
}

/** Which of two articles that restate each other is the original: a named outlet, then the earlier date, then the key. */
function original(a: Article, b: Article): [Article, Article] {
  if ((a.outlet === null) !== (b.outlet === null)) return a.outlet !== null ? [a, b] : [b, a];
  const [da, db] = [a.publishedAt ?? '', b.publishedAt ?? ''];
  if (da !== db && da !== '' && db !== '') return da < db ? [a, b] : [b, a];
  return a.key < b.key ? [a, b] : [b, a];
}

/**
 * The rewrites among a story's articles: an article that restates another sentence by sentence,
 * in the same order (a paraphrased rewrite, republished wire copy), by key, with the article it
 * restates and the sentences it restates. Each rewrite names one original, and an original is
 * never itself a rewrite.
 */
export function findRewrites(articles: readonly Article[]): Map<string, Rewrite> {
  const compared = articles.slice(0, MAX_COMPARED);
  const found = new Map<string, Rewrite>();
  for (let i = 0; i < compared.length; i++) {
    for (let j = i + 1; j < compared.length; j++) {
      const [first, second] = original(compared[i] as Article, compared[j] as Article);
      if (found.has(first.key) || found.has(second.key)) continue;
      const restated = restatedInOrder(second, first);
      const needed = Math.max(MIN_RESTATED, REWRITE_SHARE * second.sentences.length);
      if (restated.length >= needed) found.set(second.key, { originalKey: first.key, restated });
    }
  }
  return found;
}
