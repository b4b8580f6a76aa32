import { indexTerms, PER_DOCUMENT } from './index-terms.js';
import { graphOfKeys, type PairGraph } from './pair-graph.js';
import { rowCount, type VectorRows } from './vector-rows.js';

/** Whether `a` ranks before `b`: the larger score, then the smaller index. */
const before = (score: Float64Array, a: number, b: number): boolean => {
  const sa = score[a] ?? 0;
  const sb = score[b] ?? 0;
  return sa > sb || (sa === sb && a < b);
};

/**
 * Keeps the best `PER_DOCUMENT` of `touched[0..count)` in place at its start (in no particular
 * order), through a heap whose top is the worst kept: no sort of every candidate a document touches.
 */
function keepBest(touched: Int32Array, count: number, score: Float64Array): number {
  if (count <= PER_DOCUMENT) return count;
  const heap = touched; // The first PER_DOCUMENT slots become the heap; the rest are read once.
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= PER_DOCUMENT) return;
      const r = l + 1;
      const worse = r < PER_DOCUMENT && before(score, heap[l] ?? 0, heap[r] ?? 0) ? r : l;
      if (!before(score, heap[i] ?? 0, heap[worse] ?? 0)) return;
      const t = heap[i] ?? 0;
      heap[i] = heap[worse] ?? 0;
      heap[worse] = t;
      i = worse;
    }
  };
  for (let i = (PER_DOCUMENT >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let k = PER_DOCUMENT; k < count; k++) {
    const c = touched[k] ?? 0;
    if (before(score, c, heap[0] ?? 0)) {
      // Swapped, not overwritten: every touched document must stay listed for its score to be reset.
      touched[k] = heap[0] ?? 0;
      heap[0] = c;
      siftDown(0);
    }
  }
  return PER_DOCUMENT;
}

/**
 * Candidate pairs of similar documents, found through an inverted index of each document's
 * heaviest shared terms instead of comparing every pair. Each document keeps its best
 * `PER_DOCUMENT` candidates by the weight of the indexed terms they share, so the number of
 * pairs grows linearly with the number of documents.
 */
export function candidatePairs(rows: VectorRows): PairGraph {
  const n = rowCount(rows);
  const index = indexTerms(rows);
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  // Every document keeps at most PER_DOCUMENT: the keys (i * n + j) of all pairs fit from the start.
  const keys = new Float64Array(n * Math.min(PER_DOCUMENT, Math.max(0, n - 1)));
  let count = 0;
  for (let doc = 0; doc < n; doc++) {
    let t = 0;
    for (let j = doc * index.width, end = j + (index.counts[doc] ?? 0); j < end; j++) {
      const term = index.terms[j] ?? 0;
      const weight = index.weights[j] ?? 0;
      for (let p = index.postingStart[term] ?? 0, last = index.postingStart[term + 1] ?? 0; p < last; p++) {
        const other = index.postingDocs[p] ?? 0;
        if (other === doc) continue;
        if (score[other] === 0) touched[t++] = other;
        score[other] = (score[other] ?? 0) + weight * (index.postingWeights[p] ?? 0);
      }
    }
    const kept = keepBest(touched, t, score);
    for (let k = 0; k < kept; k++) {
      const other = touched[k] ?? 0;
      keys[count++] = doc < other ? doc * n + other : other * n + doc;
    }
    for (let k = 0; k < t; k++) score[touched[k] ?? 0] = 0;
  }
  return graphOfKeys(n, keys.subarray(0, count).sort());
}
