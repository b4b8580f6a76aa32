import { GROUPING } from '../lambdas/core/group/grouping-config.js';
import { LocalTerms } from '../lambdas/core/group/local-terms.js';
import { graphOfKeys, type PairGraph } from '../lambdas/core/group/pair-graph.js';
import type { SubjectContext } from '../lambdas/core/group/split-subject.js';
import { RowsBuilder, type TermCounts, type VectorRows } from '../lambdas/core/group/vector-rows.js';
import { TermIndex } from '../lambdas/core/text/term-index.js';

/** String-keyed vectors as the typed rows grouping works on, stems numbered by `index`. */
export function rowsOf(vectors: readonly ReadonlyMap<string, number>[], index = new TermIndex()): VectorRows {
  const builder = new RowsBuilder();
  for (const vector of vectors) {
    for (const [stem, w] of vector) builder.push(index.id(stem), w);
    builder.endRow(0);
  }
  return builder.build(index.size, index.collationRanks());
}

/** The graph of `n` documents with the given pairs (either way round, repeats ignored). */
export function graphOf(n: number, pairs: readonly (readonly [number, number])[]): PairGraph {
  const keys = pairs.filter(([a, b]) => a !== b).map(([a, b]) => Math.min(a, b) * n + Math.max(a, b));
  return graphOfKeys(n, Float64Array.from(keys).sort());
}

/** How often each stem occurs in each document, in the order first seen. */
export function countsOf(documents: readonly (readonly string[])[], index: TermIndex): TermCounts {
  const offsets = [0];
  const ids: number[] = [];
  const counts: number[] = [];
  for (const stems of documents) {
    const start = ids.length;
    for (const stem of stems) {
      const id = index.id(stem);
      const at = ids.indexOf(id, start);
      if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
      else {
        ids.push(id);
        counts.push(1);
      }
    }
    offsets.push(ids.length);
  }
  return { offsets: Int32Array.from(offsets), ids: Int32Array.from(ids), counts: Uint8Array.from(counts) };
}

/** What `splitSubject` needs for documents given as stems, every stem weighing `idf` in the batch. */
export function subjectContextOf(
  documents: readonly (readonly string[])[],
  specific: readonly string[],
  idf = 1,
): SubjectContext {
  const index = new TermIndex();
  const terms = countsOf(documents, index);
  for (const stem of specific) index.id(stem);
  const flags = new Uint8Array(index.size);
  for (const stem of specific) flags[index.id(stem)] = 1;
  return {
    terms,
    overall: new Float64Array(index.size).fill(idf),
    specific: flags,
    index,
    config: GROUPING,
    local: new LocalTerms(index.collationRanks()),
    df: new Int32Array(index.size),
  };
}
