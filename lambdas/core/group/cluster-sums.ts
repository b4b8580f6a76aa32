import type { SpreadVector, VectorSlice } from './spread-vector.js';
import type { VectorRows } from './vector-rows.js';

/**
 * The vector sum of each cluster's members, in typed arrays. A cluster of one shares its row's
 * storage; a cluster gets arrays of its own when it first absorbs another, grown by doubling.
 * Terms keep the order a string-keyed Map would give them (the sum's first, then each new term
 * as it arrives), since dot products are summed in that order.
 */
export class ClusterSums {
  readonly slices: VectorSlice[];
  private readonly own: Uint8Array;

  constructor(rows: VectorRows) {
    const n = rows.offsets.length - 1;
    this.own = new Uint8Array(n);
    this.slices = Array.from({ length: n }, (_, c) => {
      const start = rows.offsets[c] ?? 0;
      return { ids: rows.ids, weights: rows.weights, start, length: (rows.offsets[c + 1] ?? 0) - start };
    });
  }

  /** Adds `gone`'s sum into `keep`'s, which `spread` holds, and empties `gone`'s. */
  absorb(keep: number, gone: number, spread: SpreadVector): void {
    const into = this.slices[keep];
    const from = this.slices[gone];
    if (!into || !from) return;
    const needed = into.length + from.length;
    if (!this.own[keep] || needed > into.ids.length) {
      const capacity = Math.max(16, needed * 2);
      const ids = new Int32Array(capacity);
      const weights = new Float64Array(capacity);
      ids.set(into.ids.subarray(into.start, into.start + into.length));
      weights.set(into.weights.subarray(into.start, into.start + into.length));
      Object.assign(into, { ids, weights, start: 0 });
      this.own[keep] = 1;
    }
    for (let k = from.start, end = from.start + from.length; k < end; k++) {
      const term = from.ids[k] ?? 0;
      const w = from.weights[k] ?? 0;
      const p = spread.at(term);
      if (p >= 0) into.weights[p] = (into.weights[p] ?? 0) + w;
      else {
        into.ids[into.length] = term;
        into.weights[into.length] = w;
        spread.place(term, into.length);
        into.length++;
      }
    }
    this.slices[gone] = { ids: from.ids, weights: from.weights, start: 0, length: 0 };
  }
}
