import type { SpreadVector, VectorSlice } from './spread-vector.js';
import type { VectorRows } from './vector-rows.js';

/** Ids and weights of the same capacity, a power of two. */
interface Buffers {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The vector sum of each cluster's members, in typed arrays. A cluster of one shares its row's
 * storage; a cluster gets buffers of its own when it first absorbs another, in powers of two,
 * and the buffers of absorbed clusters are reused: clustering a whole subject down to two halves
 * would otherwise leave hundreds of discarded sums behind. Terms keep the order a string-keyed
 * Map would give them (the sum's first, then each new term as it arrives), since dot products
 * are summed in that order.
 */
export class ClusterSums {
  readonly slices: VectorSlice[];
  private readonly own: Uint8Array;
  private readonly spare = new Map<number, Buffers[]>();

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
      const buffers = this.take(needed);
      buffers.ids.set(into.ids.subarray(into.start, into.start + into.length));
      buffers.weights.set(into.weights.subarray(into.start, into.start + into.length));
      if (this.own[keep]) this.give(into);
      Object.assign(into, { ids: buffers.ids, weights: buffers.weights, start: 0 });
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
    if (this.own[gone]) this.give(from);
    this.own[gone] = 0;
    this.slices[gone] = { ids: from.ids, weights: from.weights, start: 0, length: 0 };
  }

  private take(needed: number): Buffers {
    let capacity = 16;
    while (capacity < needed) capacity *= 2;
    return (
      this.spare.get(capacity)?.pop() ?? {
        ids: new Int32Array(capacity),
        weights: new Float64Array(capacity),
      }
    );
  }

  private give(buffers: Buffers): void {
    const list = this.spare.get(buffers.ids.length);
    if (list) list.push({ ids: buffers.ids, weights: buffers.weights });
    else this.spare.set(buffers.ids.length, [{ ids: buffers.ids, weights: buffers.weights }]);
  }
}
