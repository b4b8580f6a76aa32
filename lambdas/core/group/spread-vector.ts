/** A vector of `VectorRows` or of a cluster sum: ids and weights from `start`, `length` of them. */
export interface VectorSlice {
  ids: Int32Array;
  weights: Float64Array;
  start: number;
  length: number;
}

/**
 * Dot products of one vector with many others, through its terms' positions in a dense array.
 * Each dot product is summed in the order `cosine` (`sparse-vector.ts`) sums it: the shorter
 * vector's own order, the first argument's when both are as long. So every similarity is the same
 * to the last bit as with the string-keyed maps, and ties between equal ones break as before.
 */
export class SpreadVector {
  private readonly position: Int32Array;
  private products = new Float64Array(256);
  private matched = new Int32Array(256);
  private hit = new Uint8Array(256);

  constructor(termCount: number) {
    this.position = new Int32Array(termCount).fill(-1);
  }

  /** Spreads `v`; it may then grow by `place`, and must be `clear`ed before another is spread. */
  spread(v: VectorSlice): void {
    for (let k = 0; k < v.length; k++) this.position[v.ids[v.start + k] ?? 0] = k;
  }

  clear(v: VectorSlice): void {
    for (let k = 0; k < v.length; k++) this.position[v.ids[v.start + k] ?? 0] = -1;
  }

  /** The position of a term in the spread vector, or -1. */
  at(term: number): number {
    return this.position[term] ?? -1;
  }

  /** Records that the spread vector now holds `term` at `position`. */
  place(term: number, position: number): void {
    this.position[term] = position;
  }

  /** `cosine(s, o)` when `spreadFirst`, else `cosine(o, s)`, with `s` the spread vector. */
  dot(s: VectorSlice, o: VectorSlice, spreadFirst: boolean): number {
    const spreadShorter = spreadFirst ? s.length <= o.length : s.length < o.length;
    const position = this.position;
    const ids = o.ids;
    const weights = o.weights;
    const spreadWeights = s.weights;
    const base = s.start;
    const end = o.start + o.length;
    let dot = 0;
    if (!spreadShorter) {
      for (let k = o.start; k < end; k++) {
        const p = position[ids[k] ?? 0] ?? -1;
        if (p >= 0) dot += (weights[k] ?? 0) * (spreadWeights[base + p] ?? 0);
      }
      return dot;
    }
    // The shorter vector is the spread one: products are found in the other's order, summed in its own.
    if (this.products.length < s.length) {
      this.products = new Float64Array(s.length * 2);
      this.matched = new Int32Array(s.length * 2);
      this.hit = new Uint8Array(s.length * 2);
    }
    const { products, matched, hit } = this;
    let m = 0;
    for (let k = o.start; k < end; k++) {
      const p = position[ids[k] ?? 0] ?? -1;
      if (p < 0) continue;
      products[p] = (spreadWeights[base + p] ?? 0) * (weights[k] ?? 0);
      matched[m++] = p;
      hit[p] = 1;
    }
    if (m * 4 >= s.length) {
      // Most positions hold a product: a sweep over them all is the cheapest order.
      for (let p = 0; p < s.length; p++) {
        if (hit[p] === 0) continue;
        dot += products[p] ?? 0;
        hit[p] = 0;
      }
      return dot;
    }
    sortAscending(matched, m);
    for (let i = 0; i < m; i++) {
      const p = matched[i] ?? 0;
      dot += products[p] ?? 0;
      hit[p] = 0;
    }
    return dot;
  }
}

/** Sorts `a[0..m)`: by insertion when short, as most are. */
function sortAscending(a: Int32Array, m: number): void {
  if (m > 32) {
    a.subarray(0, m).sort();
    return;
  }
  for (let i = 1; i < m; i++) {
    const v = a[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (a[j] ?? 0) > v) {
      a[j + 1] = a[j] ?? 0;
      j--;
    }
    a[j + 1] = v;
  }
}
