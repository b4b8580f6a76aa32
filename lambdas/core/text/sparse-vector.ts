/** A sparse vector over term stems. */
export type SparseVector = ReadonlyMap<string, number>;

/** The term weights the engine uses: how informative a stem is (an inverse document frequency). */
export interface TermWeights {
  idf(stem: string): number;
}

/** A log-scaled, IDF-weighted, L2-normalised term vector of a list of stems. */
export function weightedVector(stems: Iterable<string>, weights: TermWeights): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [stem, count] of tf) {
    const w = (1 + Math.log(count)) * weights.idf(stem);
    if (w <= 0) continue;
    vector.set(stem, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [stem, w] of vector) vector.set(stem, w / norm);
  return vector;
}

/** Cosine similarity of two normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, w] of small) {
    const other = large.get(stem);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}
