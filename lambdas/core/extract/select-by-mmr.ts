/** Redundancy trade-off of the maximal-marginal-relevance selection: 1 ignores redundancy. */
const MMR_LAMBDA = 0.7;

/** Something to select, and how relevant it is on its own. */
export interface MmrCandidate {
  readonly relevance: number;
}

/** A candidate still in the pool, with its highest cosine to the first `folded` picks. */
interface Pooled<T> {
  readonly candidate: T;
  redundancy: number;
  folded: number;
}

/**
 * Greedy maximal-marginal-relevance selection: at each step the candidate with the best relevance
 * less its highest similarity to those already picked, the earliest on a tie. The similarity is
 * always asked candidate first (a cosine may sum in the order of its first vector). A candidate's
 * highest similarity only grows as picks are made, so its score computed with the picks it has
 * not yet been compared with is an upper bound: it is compared with them (one cosine per pick)
 * only when that bound could beat the best score so far. The picks and scores are those of
 * comparing every candidate with every pick, to the last bit (the same cosines, maxima and sums).
 */
export function selectByMmr<T extends MmrCandidate>(
  candidates: readonly T[],
  limit: number,
  similarity: (candidate: T, picked: T) => number,
): { readonly candidate: T; readonly score: number }[] {
  const chosen: { readonly candidate: T; readonly score: number }[] = [];
  const pool: Pooled<T>[] = candidates.map((candidate) => ({ candidate, redundancy: 0, folded: 0 }));
  while (chosen.length < limit && pool.length > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < pool.length; i++) {
      const p = pool[i] as Pooled<T>;
      const relevance = p.candidate.relevance;
      // Strictly greater: an earlier candidate keeps a tie. A NaN bound means a NaN score, never picked.
      if (!(MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * p.redundancy > bestScore)) continue;
      for (; p.folded < chosen.length; p.folded++) {
        const picked = (chosen[p.folded] as { readonly candidate: T }).candidate;
        p.redundancy = Math.max(p.redundancy, similarity(p.candidate, picked));
      }
      const score = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * p.redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    // Only NaN scores leave no best: the last candidate is taken, so every step picks one.
    if (best < 0) best = pool.length - 1;
    const [pick] = pool.splice(best, 1);
    if (pick) chosen.push({ candidate: pick.candidate, score: bestScore });
  }
  return chosen;
}
