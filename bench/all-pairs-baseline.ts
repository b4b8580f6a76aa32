import { articleFeatures } from '../lambdas/core/group/article-features.js';
import { type Article, GROUPING } from '../lambdas/core/index.js';
import { cosine, type SparseVector, weightedVector } from '../lambdas/core/text/sparse-vector.js';
import { batchWeights } from '../lambdas/core/text/term-statistics.js';

/**
 * Similarity at which the baseline links two articles. The baseline's groups are not scored: its
 * time is the comparisons, which a threshold hardly changes.
 */
export const BASELINE_THRESHOLD = 0.3;

/** The engine's own term vectors for the articles (same features and weights as `groupArticles`). */
export function baselineVectors(articles: readonly Article[]): SparseVector[] {
  const stems = articles.map((a) => articleFeatures(a, GROUPING.leadSentences, GROUPING.titleWeight).stems);
  const weights = batchWeights(stems);
  return stems.map((s) => weightedVector(s, weights));
}

/** What a pass of the baseline did: pairs compared, and the groups when every row was compared. */
export interface AllPairsPass {
  readonly pairs: number;
  readonly groups: number;
}

/**
 * The naive baseline: the TF-IDF cosine of every pair of articles, articles linked above the
 * threshold joined (connected components: the cheapest clustering over all pairs, so the time is
 * a lower bound for any all-pairs method). `rows` limits the pass to pairs (i, j > i) of those
 * rows: the same loop on a sample, to time it where the whole would take minutes.
 */
export function allPairsPass(
  vectors: readonly SparseVector[],
  rows: readonly number[] = vectors.map((_, i) => i),
  threshold = BASELINE_THRESHOLD,
): AllPairsPass {
  const parent = vectors.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  let pairs = 0;
  for (const i of rows) {
    const a = vectors[i] as SparseVector;
    for (let j = i + 1; j < vectors.length; j++) {
      if (cosine(a, vectors[j] as SparseVector) >= threshold) parent[find(j)] = find(i);
    }
    pairs += vectors.length - 1 - i;
  }
  return { pairs, groups: new Set(parent.map((_, i) => find(i))).size };
}

/** All pairs of `n` articles. */
export const pairCount = (n: number): number => (n * (n - 1)) / 2;

/**
 * Rows to sample so that about `targetPairs` pairs are compared: evenly spread, so early rows
 * (long) and late rows (short) are both represented.
 */
export function sampleRows(n: number, targetPairs: number): number[] {
  const count = Math.min(n, Math.max(1, Math.ceil(targetPairs / Math.max(1, (n - 1) / 2))));
  return Array.from({ length: count }, (_, k) => Math.floor(((k + 0.5) * n) / count));
}
