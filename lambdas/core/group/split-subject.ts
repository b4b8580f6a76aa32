import type { TermIndex } from '../text/term-index.js';
import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import { dividingTerms } from './dividing-terms.js';
import type { GroupingConfig } from './grouping-config.js';
import type { LocalTerms } from './local-terms.js';
import { subjectWeights } from './local-weights.js';
import { Half, type SubjectVectors } from './subject-half.js';
import { type TermCounts, weightedRows } from './vector-rows.js';

/** What splitting needs to know of the articles, by index. */
export interface SubjectContext {
  readonly terms: TermCounts;
  /** The batch's weight of each term. */
  readonly overall: Float64Array;
  /** 1 for terms that are names, places or numbers somewhere in the batch. */
  readonly specific: Uint8Array;
  readonly index: TermIndex;
  readonly config: GroupingConfig;
  /** Scratch: a subject's numbering of terms, and zeros as long as the batch's terms. */
  readonly local: LocalTerms;
  readonly df: Int32Array;
}

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
function bisect(
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

/** The subject's vectors in its own weights: names, places and numbers boosted; terms numbered locally. */
function subjectVectors(
  members: readonly number[],
  context: SubjectContext,
): { vectors: SubjectVectors; batchIds: Int32Array } {
  const { config, specific, local } = context;
  const weights = subjectWeights(context.terms, members, context.overall, context.df);
  local.clear();
  const rows = weightedRows(
    context.terms,
    members,
    (t) => weights.idf(t) * (specific[t] ? config.nameBoost : 1),
    local,
  );
  weights.done();
  const batchIds = local.batchIds();
  local.clear();
  const selfDots = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) {
    let dot = 0;
    for (let k = rows.offsets[i] ?? 0, end = rows.offsets[i + 1] ?? 0; k < end; k++) {
      const w = rows.weights[k] ?? 0;
      dot += w * w;
    }
    selfDots[i] = dot;
  }
  return { vectors: { rows, selfDots, position: new Int32Array(rows.termCount).fill(-1) }, batchIds };
}

/**
 * Splits a subject into events, top down. Its articles are divided in two in the subject's own
 * term weights (what all of them say counts for nothing, names, places and numbers count more), and the division
 * is kept when the halves are much less alike than each half is within itself: a ratio, so the
 * same rule holds for five articles or five thousand. Each kept half is split again.
 */
export function splitSubject(members: readonly number[], context: SubjectContext): number[][] {
  const { config } = context;
  if (members.length < config.minSplitSize) return [[...members]];
  const { vectors, batchIds } = subjectVectors(members, context);
  const halves = bisect(vectors, (t) => context.index.stem(batchIds[t] ?? 0), config);
  if (!halves) return [[...members]];
  const [first, second] = halves;
  if (!(first.ratio(second) < config.splitRatio)) return [[...members]];
  const back = (half: Half) => half.members.map((k) => members[k] ?? -1);
  return [...splitSubject(back(first), context), ...splitSubject(back(second), context)];
}
