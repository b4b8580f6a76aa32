/**
 * Candidate pairs as each document's partners: those of document d are `adjacent[start[d]]` to
 * `adjacent[start[d + 1] - 1]`, in ascending order; each pair is listed under both documents.
 */
export interface PairGraph {
  readonly start: Int32Array;
  readonly adjacent: Int32Array;
}

/** The graph of `n` documents whose pairs are the distinct keys `i * n + j` (i < j) in `keys`, sorted. */
export function graphOfKeys(n: number, keys: Float64Array): PairGraph {
  const start = new Int32Array(n + 1);
  let pairs = 0;
  keys.forEach((key, k) => {
    if (k > 0 && key === keys[k - 1]) return;
    const i = Math.floor(key / n);
    start[i + 1] = (start[i + 1] ?? 0) + 1;
    start[(key % n) + 1] = (start[(key % n) + 1] ?? 0) + 1;
    pairs++;
  });
  for (let d = 0; d < n; d++) start[d + 1] = (start[d + 1] ?? 0) + (start[d] ?? 0);
  const fill = start.slice(0, n);
  const adjacent = new Int32Array(2 * pairs);
  // Keys in order put each document's partners in ascending order: those below it come first.
  keys.forEach((key, k) => {
    if (k > 0 && key === keys[k - 1]) return;
    const i = Math.floor(key / n);
    const j = key % n;
    adjacent[fill[i] ?? 0] = j;
    fill[i] = (fill[i] ?? 0) + 1;
    adjacent[fill[j] ?? 0] = i;
    fill[j] = (fill[j] ?? 0) + 1;
  });
  return { start, adjacent };
}

/** Each pair `[i, j]` (i < j) once, in order: by i, then j. */
export function pairsOf(graph: PairGraph): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < graph.start.length; i++)
    for (let k = graph.start[i] ?? 0; k < (graph.start[i + 1] ?? 0); k++) {
      const j = graph.adjacent[k] ?? 0;
      if (j > i) pairs.push([i, j]);
    }
  return pairs;
}
