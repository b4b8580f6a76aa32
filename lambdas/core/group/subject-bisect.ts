import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import { dividingTerms } from './dividing-terms.js';
import type { GroupingConfig } from './grouping-config.js';
import { Half, type SubjectVectors } from './subject-half.js';

/** Moves each article to the half it is on average more alike, for a few rounds: greedy merging misplaces some. */
function refineHalves(first: Half, second: Half): void {
  for (let round = 0; round < 5; round++) {
    let moved = false;
    for (const [from, to] of [
      [first, second],
      [second, first],
    ] as const) {
      for (const i of [...from.members]) {
        if (from.members.length <= 1) break;
        if (to.affinity(i) > from.affinity(i)) {
          from.move(i, to);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
}

/** Divides the rows in two by average-link: the larger half takes what joins neither. */
function averageLinkHalves(vectors: SubjectVectors): [number[], number[]] | null {
  const { rows } = vectors;
  const parts = averageLinkClusters(rows, candidatePairs(rows), Number.MIN_VALUE, { minClusters: 2 }).sort(
    (p, q) => q.length - p.length,
  );
  const [first, second] = parts;
  if (!first || !second) return null;
  for (const rest of parts.slice(2)) first.push(...rest);
  return [first, second];
}

/**
 * Divides a subject's rows in two: from several starts (average-link, and the rows with or without
 * each of the terms that vary most), each refined, the division whose halves are least alike for
 * their cohesion. Null when none sets apart at least `minEventSize` rows on each side.
 */
export function bisect(
  vectors: SubjectVectors,
  stemOf: (term: number) => string,
  config: GroupingConfig,
): [Half, Half] | null {
  const { rows } = vectors;
  const all = Array.from({ length: rows.offsets.length - 1 }, (_, k) => k);
  const starts: [number[], number[]][] = [];
  const linked = averageLinkHalves(vectors);
  if (linked) starts.push(linked);
  for (const term of dividingTerms(rows, config.splitStarts, stemOf)) {
    const has = (k: number): boolean => {
      for (let j = rows.offsets[k] ?? 0, end = rows.offsets[k + 1] ?? 0; j < end; j++)
        if (rows.ids[j] === term) return true;
      return false;
    };
    starts.push([all.filter(has), all.filter((k) => !has(k))]);
  }
  let best: [Half, Half] | null = null;
  let bestRatio = Number.POSITIVE_INFINITY;
  // Two pairs of halves serve every start: the best so far, and the one being tried.
  let trial: [Half, Half] = [new Half(vectors), new Half(vectors)];
  for (const [a, b] of starts) {
    if (a.length === 0 || b.length === 0) continue;
    const halves = trial;
    halves[0].fill(a);
    halves[1].fill(b);
    refineHalves(...halves);
    if (Math.min(halves[0].members.length, halves[1].members.length) < config.minEventSize) continue;
    const ratio = halves[0].ratio(halves[1]);
    if (ratio < bestRatio) {
      trial = best ?? [new Half(vectors), new Half(vectors)];
      best = halves;
      bestRatio = ratio;
    }
  }
  return best;
}
