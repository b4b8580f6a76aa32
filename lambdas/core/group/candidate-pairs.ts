import type { SparseVector } from '../text/sparse-vector.js';

/** How many of its heaviest terms index a document: pairs share at least one of them. */
const INDEX_TERMS = 15;
/** Terms shared by more documents than this say little about any pair, and are not walked. */
const MAX_POSTINGS = 400;

/**
 * Candidate pairs of similar documents, found through an inverted index of each document's
 * heaviest terms instead of comparing every pair: the cost grows with the number of documents
 * times the (bounded) posting lengths. Returns pairs `[i, j]` with `i < j`.
 */
export function candidatePairs(vectors: readonly SparseVector[]): [number, number][] {
  // A term no other document has cannot pair anything: only shared terms are indexed.
  const df = new Map<string, number>();
  for (const vector of vectors) for (const stem of vector.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, doc) => {
    const heaviest = [...vector.entries()]
      .filter(([stem]) => (df.get(stem) ?? 0) > 1)
      .sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
      .slice(0, INDEX_TERMS);
    for (const [stem] of heaviest) {
      const list = postings.get(stem);
      if (list) list.push(doc);
      else postings.set(stem, [doc]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = vectors.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const i = list[p] ?? 0;
        const j = list[q] ?? 0;
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}
