import type { Article } from '../model.js';
import { carriedShare } from './fact-alignment.js';

/** Similarity at which a sentence of one article restates one of another (a paraphrase, or a copy). */
const RESTATED = 0.55;
/** Share of an article's sentences that must restate another's, in the same order, to make it a rewrite. */
const REWRITE_SHARE = 0.3;
/** The fewest restated sentences that can make a rewrite. */
const MIN_RESTATED = 4;
/** Articles of a story compared for rewrites: a rewrite restates one of the story's main reports. */
const MAX_COMPARED = 40;

const similarity = (a: string, b: string): number => Math.min(carriedShare(a, b), carriedShare(b, a));

/** Length of the longest strictly increasing run that can be picked from `values`, in order. */
function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** How many of `rewrite`'s sentences restate `original`'s, taken in the original's order. */
function restatedInOrder(rewrite: Article, original: Article): number {
  const matches: number[] = [];
  for (const sentence of rewrite.sentences) {
    let best = -1;
    let bestScore = RESTATED;
    original.sentences.forEach((s, i) => {
      const score = similarity(sentence.text, s.text);
      if (score >= bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best >= 0) matches.push(best);
  }
  return longestIncreasing(matches);
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
 * in the same order (a paraphrased rewrite, republished wire copy), mapped to the key of the
 * article it restates. Each rewrite names one original, and an original is never itself a rewrite.
 */
export function findRewrites(articles: readonly Article[]): Map<string, string> {
  const compared = articles.slice(0, MAX_COMPARED);
  const found = new Map<string, string>();
  for (let i = 0; i < compared.length; i++) {
    for (let j = i + 1; j < compared.length; j++) {
      const [first, second] = original(compared[i] as Article, compared[j] as Article);
      if (found.has(first.key) || found.has(second.key)) continue;
      const restated = restatedInOrder(second, first);
      const needed = Math.max(MIN_RESTATED, REWRITE_SHARE * second.sentences.length);
      if (restated >= needed) found.set(second.key, first.key);
    }
  }
  return found;
}
