/**
 * A sentence's term vector over its article's term ids: entries in the order their terms first
 * appear in the sentence, weights L2-normalised. The same numbers as `weightedVector` gives for
 * the sentence's stems, in the same order, without a map keyed by stem strings.
 */
export interface TermVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/** `weightedVector` over ids (of one sentence, or of all of them in order): log-scaled counts times each id's weight, weightless terms left out, normalised. */
export function termVector(
  idsOf: readonly (readonly number[])[],
  idf: readonly number[],
  counts: Int32Array,
): TermVector {
  const order: number[] = [];
  for (const ids of idsOf) {
    for (const id of ids) {
      const count = counts[id] as number;
      counts[id] = count + 1;
      if (count === 0) order.push(id);
    }
  }
  const kept: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const id of order) {
    const w = (1 + Math.log(counts[id] as number)) * (idf[id] as number);
    counts[id] = 0;
    if (w <= 0) continue;
    kept.push(id);
    values.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) / norm;
  return { ids: kept, weights: values };
}

/** One vector's weights by id, for lookups; another vector spread in its place costs only its own size. */
export class DenseVector {
  private readonly weights: Float64Array;
  // Which vector put a weight there: an id holds a weight of the current vector only if marked with it.
  private readonly marks: Int32Array;
  private mark = 0;

  constructor(size: number) {
    this.weights = new Float64Array(size);
    this.marks = new Int32Array(size);
  }

  spread(v: TermVector): void {
    this.mark++;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      this.weights[id] = v.weights[k] as number;
      this.marks[id] = this.mark;
    }
  }

  /** Sum over `v`'s entries, in order, of its weight times this vector's weight for the same id, where it has one. */
  dot(v: TermVector): number {
    let sum = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      if (this.marks[id] === this.mark) sum += (v.weights[k] as number) * (this.weights[id] as number);
    }
    return sum;
  }
}
