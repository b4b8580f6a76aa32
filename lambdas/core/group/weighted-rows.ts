import { countAt, RowsBuilder, type TermCounts, termsOf, type VectorRows } from './vector-rows.js';

/** The ids rows are written in: the batch's own, or a subset's numbering of them (see `LocalTerms`). */
export interface TermSpace {
  /** The row id of one of the batch's terms. */
  of(term: number): number;
  /** How many ids rows use. */
  readonly size: number;
  /** Ids' places in the order their stems sort. */
  ranks(): Int32Array;
}

/**
 * A log-scaled, IDF-weighted, unit-length vector of each document of `docs`, as `weightedVector`
 * makes it (the same operations in the same order, so the same bits). Terms weighing nothing are
 * left out.
 */
export function weightedRows(
  terms: TermCounts,
  docs: ArrayLike<number>,
  idf: (term: number) => number,
  space: TermSpace,
): VectorRows {
  const builder = new RowsBuilder(termsOf(terms, docs));
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d] ?? 0;
    let norm = 0;
    for (let k = terms.offsets[doc] ?? 0, end = terms.offsets[doc + 1] ?? 0; k < end; k++) {
      const term = terms.ids[k] ?? 0;
      const w = (1 + Math.log(countAt(terms, k))) * idf(term);
      if (w <= 0) continue;
      builder.push(space.of(term), w);
      norm += w * w;
    }
    builder.endRow(norm);
  }
  return builder.build(space.size, space.ranks());
}

/**
 * `weightedRows` of every document in the batch's own ids. When no term weighs nothing (the usual
 * case), the rows share the documents' offsets and ids and only the weights are new.
 */
export function batchRows(terms: TermCounts, idf: Float64Array, ranks: Int32Array): VectorRows {
  const n = terms.offsets.length - 1;
  const weights = new Float64Array(terms.ids.length);
  for (let doc = 0; doc < n; doc++) {
    const start = terms.offsets[doc] ?? 0;
    const end = terms.offsets[doc + 1] ?? 0;
    let norm = 0;
    for (let k = start; k < end; k++) {
      const w = (1 + Math.log(countAt(terms, k))) * (idf[terms.ids[k] ?? 0] ?? 0);
      if (!(w > 0)) {
        const space = { of: (t: number) => t, size: idf.length, ranks: () => ranks };
        return weightedRows(
          terms,
          Array.from({ length: n }, (_, d) => d),
          (t) => idf[t] ?? 0,
          space,
        );
      }
      weights[k] = w;
      norm += w * w;
    }
    const length = Math.sqrt(norm);
    if (length > 0) for (let k = start; k < end; k++) weights[k] = (weights[k] ?? 0) / length;
  }
  return { offsets: terms.offsets, ids: terms.ids, weights, termCount: idf.length, ranks };
}
