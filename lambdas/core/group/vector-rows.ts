/**
 * Sparse vectors end to end in typed arrays: row r holds the term ids and weights from
 * `offsets[r]` to `offsets[r + 1]`, in the order its terms were first seen, which is the order
 * its sums run in. Ids run from 0 to `termCount - 1`; `ranks` orders them as their stems sort.
 */
export interface VectorRows {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly termCount: number;
  readonly ranks: Int32Array;
}

/** How often each term occurs in each document, end to end like `VectorRows`, ids distinct in a row. */
export interface TermCounts {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  /** Occurrences up to 255, a byte each: 255 stands for `more`'s count at that position. */
  readonly counts: Uint8Array;
  readonly more?: ReadonlyMap<number, number>;
}

/** How often term `k` of `terms` occurs. */
export function countAt(terms: TermCounts, k: number): number {
  const count = terms.counts[k] ?? 0;
  return count === 255 ? (terms.more?.get(k) ?? count) : count;
}

export const rowCount = (rows: { readonly offsets: Int32Array }): number => rows.offsets.length - 1;

/** Builds rows a term at a time, in arrays of the given capacity, doubled if it proves too small. */
export class RowsBuilder {
  private ids: Int32Array;
  private weights: Float64Array;
  private readonly offsets: number[] = [0];
  private length = 0;

  constructor(capacity = 256) {
    this.ids = new Int32Array(Math.max(1, capacity));
    this.weights = new Float64Array(Math.max(1, capacity));
  }

  push(id: number, weight: number): void {
    if (this.length === this.ids.length) {
      const ids = new Int32Array(this.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const weights = new Float64Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.ids[this.length] = id;
    this.weights[this.length] = weight;
    this.length++;
  }

  /** Ends the row, scaled to unit length as `weightedVector` scales it: `norm` is its sum of squares. */
  endRow(norm: number): void {
    const start = this.offsets.at(-1) ?? 0;
    const length = Math.sqrt(norm);
    if (length > 0)
      for (let k = start; k < this.length; k++) this.weights[k] = (this.weights[k] ?? 0) / length;
    this.offsets.push(this.length);
  }

  /** The rows, in the builder's own arrays: a sized builder leaves nothing to copy. */
  build(termCount: number, ranks: Int32Array): VectorRows {
    return {
      offsets: Int32Array.from(this.offsets),
      ids: this.ids.subarray(0, this.length),
      weights: this.weights.subarray(0, this.length),
      termCount,
      ranks,
    };
  }
}

/** How many terms rows `docs` of `rows` hold in all: the size of a builder for them. */
export function termsOf(rows: { readonly offsets: Int32Array }, docs: ArrayLike<number>): number {
  let total = 0;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d] ?? 0;
    total += (rows.offsets[doc + 1] ?? 0) - (rows.offsets[doc] ?? 0);
  }
  return total;
}
