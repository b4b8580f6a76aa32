import type { SparseVector } from '../text/sparse-vector.js';

/** How many of its heaviest shared terms index a document. */
const INDEX_TERMS = 15;
/** Terms shared by more documents than this say little about any pair, and are not walked. */
const MAX_POSTINGS = 1000;
/** The most candidates kept for one document, the most promising first. */
const PER_DOCUMENT = 40;

/**
 * Candidate pairs of similar documents, found through an inverted index of each document's
 * heaviest shared terms instead of comparing every pair. Each document keeps its best
 * `PER_DOCUMENT` candidates by the weight of the indexed terms they share, so the number of
 * pairs grows linearly with the number of documents. Returns pairs `[i, j]` with `i < j`.
 */
export function candidatePairs(vectors: readonly SparseVector[]): [number, number][] {
  // A term no other document has cannot pair anything: only shared terms are indexed.
  const df = new Map<string, number>();
  for (const vector of vectors) for (const stem of vector.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const indexed: [string, number][][] = vectors.map((vector) =>
    [...vector.entries()]
      .filter(([stem]) => {
        const d = df.get(stem) ?? 0;
        return d > 1 && d <= MAX_POSTINGS;
      })
      .sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
      .slice(0, INDEX_TERMS),
  );
  const postings = new Map<string, { doc: number; weight: number }[]>();
  indexed.forEach((terms, doc) => {
    for (const [stem, weight] of terms) {
      const list = postings.get(stem);
      if (list) list.push({ doc, weight });
      else postings.set(stem, [{ doc, weight }]);
    }
  });

  const score = new Float64Array(vectors.length);
  const pairs = new Set<number>();
  const n = vectors.length;
  indexed.forEach((terms, doc) => {
    const touched: number[] = [];
    for (const [stem, weight] of terms) {
      for (const posting of postings.get(stem) ?? []) {
        if (posting.doc === doc) continue;
        if (score[posting.doc] === 0) touched.push(posting.doc);
        score[posting.doc] = (score[posting.doc] ?? 0) + weight * posting.weight;
      }
    }
    // Most documents touch fewer than PER_DOCUMENT others: only the rest need ranking.
    if (touched.length > PER_DOCUMENT) touched.sort((p, q) => (score[q] ?? 0) - (score[p] ?? 0) || p - q);
    for (const other of touched.slice(0, PER_DOCUMENT))
      pairs.add(doc < other ? doc * n + other : other * n + doc);
    for (const other of touched) score[other] = 0;
  });
  return [...pairs].sort((p, q) => p - q).map((id) => [Math.floor(id / n), id % n]);
}
