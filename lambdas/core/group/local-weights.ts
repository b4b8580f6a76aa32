import type { TermCounts } from './vector-rows.js';

/**
 * Term weights inside one subject: what every article on the subject says (Putin, Beijing,
 * Ukraine) tells nothing about which event an article reports, and a word only one article
 * uses links it to no other. The weight of a term is its overall weight times how well it
 * divides the group: log((n + 1) / df), ramped up from zero for terms two articles share.
 * `df` is a scratch array of zeros, as long as the batch's terms; it is left as found by `done`.
 */
export function subjectWeights(
  terms: TermCounts,
  members: readonly number[],
  overall: Float64Array,
  df: Int32Array,
): { idf: (term: number) => number; done: () => void } {
  const n = members.length;
  for (const m of members)
    for (let k = terms.offsets[m] ?? 0, end = terms.offsets[m + 1] ?? 0; k < end; k++) {
      const id = terms.ids[k] ?? 0;
      df[id] = (df[id] ?? 0) + 1;
    }
  return {
    idf(term) {
      const d = df[term] ?? 0;
      return d < 2 ? 0 : (overall[term] ?? 0) * Math.log((n + 1) / d) * Math.min(1, (d - 1) / 2);
    },
    done() {
      for (const m of members)
        for (let k = terms.offsets[m] ?? 0, end = terms.offsets[m + 1] ?? 0; k < end; k++)
          df[terms.ids[k] ?? 0] = 0;
    },
  };
}
