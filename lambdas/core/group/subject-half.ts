import type { VectorRows } from './vector-rows.js';

/** A subject's vectors, in its own term numbering, with what halves need of each. */
export interface SubjectVectors {
  readonly rows: VectorRows;
  /** Each row's dot product with itself, summed in its own order. */
  readonly selfDots: Float64Array;
  /** Positions of one row's terms, -1 elsewhere, for the rare sum shorter than a row. */
  readonly position: Int32Array;
}

/**
 * A group of a subject's articles (rows of `SubjectVectors`) with the sum of their vectors: the
 * averages of their dot products come from sums. The sum is dense over the subject's terms and
 * remembers the order terms entered it, since dot products are summed in that order.
 */
export class Half {
  private readonly sum: Float64Array;
  private readonly present: Uint8Array;
  private readonly order: Int32Array;
  private terms = 0;
  private readonly has: Uint8Array;
  private selfDots = 0;
  members: number[] = [];

  constructor(private readonly vectors: SubjectVectors) {
    const { rows } = vectors;
    this.sum = new Float64Array(rows.termCount);
    this.present = new Uint8Array(rows.termCount);
    this.order = new Int32Array(rows.termCount);
    this.has = new Uint8Array(rows.offsets.length - 1);
  }

  /** Makes this half hold `members` alone, as a new half would: halves are reused, start after start. */
  fill(members: number[]): this {
    for (let t = 0; t < this.terms; t++) {
      const id = this.order[t] ?? 0;
      this.sum[id] = 0;
      this.present[id] = 0;
    }
    this.terms = 0;
    for (const i of this.members) this.has[i] = 0;
    this.selfDots = 0;
    this.members = members;
    for (const i of members) {
      this.has[i] = 1;
      this.add(i, 1);
    }
    return this;
  }

  private add(i: number, sign: 1 | -1): void {
    const { rows } = this.vectors;
    for (let k = rows.offsets[i] ?? 0, end = rows.offsets[i + 1] ?? 0; k < end; k++) {
      const id = rows.ids[k] ?? 0;
      if (!this.present[id]) {
        this.present[id] = 1;
        this.order[this.terms++] = id;
      }
      this.sum[id] = (this.sum[id] ?? 0) + sign * (rows.weights[k] ?? 0);
    }
    this.selfDots += sign * (this.vectors.selfDots[i] ?? 0);
  }

  /** The dot product of row `i` with the sum, summed in the shorter one's order. */
  private dotRow(i: number): number {
    const { rows, position } = this.vectors;
    const start = rows.offsets[i] ?? 0;
    const end = rows.offsets[i + 1] ?? 0;
    let dot = 0;
    if (end - start <= this.terms) {
      for (let k = start; k < end; k++) {
        const id = rows.ids[k] ?? 0;
        if (this.present[id]) dot += (rows.weights[k] ?? 0) * (this.sum[id] ?? 0);
      }
      return dot;
    }
    for (let k = start; k < end; k++) position[rows.ids[k] ?? 0] = k;
    for (let t = 0; t < this.terms; t++) {
      const id = this.order[t] ?? 0;
      const k = position[id] ?? -1;
      if (k >= 0) dot += (this.sum[id] ?? 0) * (rows.weights[k] ?? 0);
    }
    for (let k = start; k < end; k++) position[rows.ids[k] ?? 0] = -1;
    return dot;
  }

  /** The dot product of this sum with another's, summed in the shorter one's order (this one's if as long). */
  private dotSum(other: Half): number {
    const [small, large] = this.terms <= other.terms ? [this, other] : [other, this];
    let dot = 0;
    for (let t = 0; t < small.terms; t++) {
      const id = small.order[t] ?? 0;
      if (large.present[id]) dot += (small.sum[id] ?? 0) * (large.sum[id] ?? 0);
    }
    return dot;
  }

  /** Average similarity of article `i` to the members other than itself. */
  affinity(i: number): number {
    const inside = this.has[i] === 1;
    const others = this.members.length - (inside ? 1 : 0);
    if (others === 0) return Number.NaN;
    return (this.dotRow(i) - (inside ? (this.vectors.selfDots[i] ?? 0) : 0)) / others;
  }

  /** Average similarity of two distinct members. */
  cohesion(): number {
    const n = this.members.length;
    return n < 2 ? Number.NaN : (this.dotSum(this) - this.selfDots) / (n * (n - 1));
  }

  /** Average similarity of a member of this half with a member of the other. */
  similarity(other: Half): number {
    return this.dotSum(other) / (this.members.length * other.members.length);
  }

  move(i: number, to: Half): void {
    this.members.splice(this.members.indexOf(i), 1);
    this.has[i] = 0;
    this.add(i, -1);
    to.members.push(i);
    to.has[i] = 1;
    to.add(i, 1);
  }

  /** How much less alike the halves are than each within itself: lower divides better. */
  ratio(other: Half): number {
    const cohesion = Math.min(...[this.cohesion(), other.cohesion()].filter((x) => !Number.isNaN(x)));
    return this.similarity(other) / cohesion;
  }
}
