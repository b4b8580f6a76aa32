import { RowsBuilder, termsOf, type VectorRows } from './vector-rows.js';
import type { TermSpace } from './weighted-rows.js';

/**
 * A subset's own numbering of the batch's terms, from 0 in the order first met, so that work on a
 * subject or a few articles needs arrays as long as their vocabulary, not the batch's. One
 * numbering is reused subset after subset: `clear` it before the next.
 */
export class LocalTerms implements TermSpace {
  private readonly localOf: Int32Array;
  private readonly globals: number[] = [];

  constructor(private readonly batchRanks: Int32Array) {
    this.localOf = new Int32Array(batchRanks.length).fill(-1);
  }

  of(term: number): number {
    let local = this.localOf[term] ?? -1;
    if (local < 0) {
      local = this.globals.length;
      this.localOf[term] = local;
      this.globals.push(term);
    }
    return local;
  }

  get size(): number {
    return this.globals.length;
  }

  ranks(): Int32Array {
    return Int32Array.from(this.globals, (term) => this.batchRanks[term] ?? 0);
  }

  /** The batch's ids of the local ids, in order. */
  batchIds(): Int32Array {
    return Int32Array.from(this.globals);
  }

  clear(): void {
    for (const term of this.globals) this.localOf[term] = -1;
    this.globals.length = 0;
  }
}

/** Rows `docs` of `rows`, in that order, their terms renumbered by `space`. */
export function pickRows(rows: VectorRows, docs: ArrayLike<number>, space: TermSpace): VectorRows {
  const builder = new RowsBuilder(termsOf(rows, docs));
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d] ?? 0;
    for (let k = rows.offsets[doc] ?? 0, end = rows.offsets[doc + 1] ?? 0; k < end; k++)
      builder.push(space.of(rows.ids[k] ?? 0), rows.weights[k] ?? 0);
    builder.endRow(0);
  }
  return builder.build(space.size, space.ranks());
}
