import type { VectorRows } from './vector-rows.js';

/**
 * The `count` terms whose weights vary most across the rows: those that say which of two events
 * an article reports. Equal variances are ordered by their stems (`stemOf`), as strings compare.
 */
export function dividingTerms(rows: VectorRows, count: number, stemOf: (term: number) => string): number[] {
  const sum = new Float64Array(rows.termCount);
  const squares = new Float64Array(rows.termCount);
  const n = rows.offsets.length - 1;
  for (let k = 0; k < rows.ids.length; k++) {
    const id = rows.ids[k] ?? 0;
    const w = rows.weights[k] ?? 0;
    sum[id] = (sum[id] ?? 0) + w;
    squares[id] = (squares[id] ?? 0) + w * w;
  }
  const variance = (id: number): number => (squares[id] ?? 0) / n - ((sum[id] ?? 0) / n) ** 2;
  const before = (a: number, b: number): boolean => {
    const d = variance(b) - variance(a);
    return d < 0 || (!(d > 0) && stemOf(a) < stemOf(b));
  };
  // The best `count` so far, best first: most terms are rejected by one comparison with the last.
  const best: number[] = [];
  for (let id = 0; id < rows.termCount; id++) {
    if (best.length === count && !before(id, best[count - 1] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && before(id, best[at - 1] ?? 0)) at--;
    best.splice(at, 0, id);
    if (best.length > count) best.pop();
  }
  return best;
}
