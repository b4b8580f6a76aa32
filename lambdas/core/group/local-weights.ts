import type { TermWeights } from '../text/sparse-vector.js';

/**
 * Term weights inside one subject: what every article on the subject says (Putin, Beijing,
 * Ukraine) tells nothing about which event an article reports, and a word only one article
 * uses links it to no other. The weight of a stem is its overall weight times how well it
 * divides the group: log((n + 1) / df), ramped up from zero for stems two articles share.
 */
export function subjectWeights(members: readonly (readonly string[])[], overall: TermWeights): TermWeights {
  const n = members.length;
  const df = new Map<string, number>();
  for (const stems of members) for (const stem of new Set(stems)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const cache = new Map<string, number>();
  return {
    idf(stem) {
      let w = cache.get(stem);
      if (w === undefined) {
        const d = df.get(stem) ?? 0;
        w = d < 2 ? 0 : overall.idf(stem) * Math.log((n + 1) / d) * Math.min(1, (d - 1) / 2);
        cache.set(stem, w);
      }
      return w;
    },
  };
}
