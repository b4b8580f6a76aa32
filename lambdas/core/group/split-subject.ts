import { cosine, type SparseVector, type TermWeights, weightedVector } from '../text/sparse-vector.js';
import { averageLinkClusters, type Edge } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import type { GroupingConfig } from './grouping-config.js';
import { subjectWeights } from './local-weights.js';

/** What splitting needs to know of the articles, by index. */
export interface SubjectContext {
  readonly stems: readonly (readonly string[])[];
  readonly overall: TermWeights;
  /** Stems that are names, places or numbers somewhere in the batch. */
  readonly specific: ReadonlySet<string>;
  readonly config: GroupingConfig;
}

type Vectors = ReadonlyMap<number, SparseVector>;
const EMPTY: SparseVector = new Map();

function averageSimilarity(a: readonly number[], b: readonly number[], vectors: Vectors): number {
  let sum = 0;
  let pairs = 0;
  for (const i of a) {
    for (const j of b) {
      if (i === j || (a === b && j < i)) continue;
      sum += cosine(vectors.get(i) ?? EMPTY, vectors.get(j) ?? EMPTY);
      pairs++;
    }
  }
  return pairs === 0 ? Number.NaN : sum / pairs;
}

/** Moves each article to the half it is on average more alike, for a few rounds: greedy merging misplaces some. */
function refineHalves(first: number[], second: number[], vectors: Vectors): void {
  for (let round = 0; round < 5; round++) {
    let moved = false;
    for (const [from, to] of [
      [first, second],
      [second, first],
    ] as const) {
      for (const i of [...from]) {
        if (from.length <= 1) break;
        const rest = from.filter((j) => j !== i);
        if (averageSimilarity([i], to, vectors) > averageSimilarity([i], rest, vectors)) {
          from.splice(from.indexOf(i), 1);
          to.push(i);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
}

/** Divides articles in two by average-link in the given vectors, then refines the halves. */
function bisect(members: readonly number[], vectors: Vectors): [number[], number[]] | null {
  const list = members.map((i) => vectors.get(i) ?? EMPTY);
  const edges: Edge[] = candidatePairs(list).map(([a, b]) => ({
    a,
    b,
    similarity: cosine(list[a] ?? EMPTY, list[b] ?? EMPTY),
  }));
  const parts = averageLinkClusters(members.length, edges, Number.MIN_VALUE, 2)
    .map((p) => p.map((k) => members[k] ?? -1))
    .sort((p, q) => q.length - p.length);
  const [first, second] = parts;
  if (!first || !second) return null;
  // Articles with nothing in common with either half in these weights go with the larger one.
  for (const rest of parts.slice(2)) first.push(...rest);
  refineHalves(first, second, vectors);
  return [first, second];
}

/**
 * Splits a subject into events, top down. Its articles are divided in two in the subject's own
 * term weights (what all of them say counts for nothing, names count double), and the division
 * is kept when the halves are much less alike than each half is within itself: a ratio, so the
 * same rule holds for five articles or five thousand. Each kept half is split again.
 */
export function splitSubject(members: readonly number[], context: SubjectContext): number[][] {
  const { config, specific } = context;
  if (members.length < config.minSplitSize) return [[...members]];
  const base = subjectWeights(
    members.map((i) => context.stems[i] ?? []),
    context.overall,
  );
  const weights: TermWeights = { idf: (s) => base.idf(s) * (specific.has(s) ? config.nameBoost : 1) };
  const vectors = new Map(members.map((i) => [i, weightedVector(context.stems[i] ?? [], weights)]));
  const halves = bisect(members, vectors);
  if (!halves) return [[...members]];
  const [first, second] = halves;
  if (Math.min(first.length, second.length) < config.minEventSize) return [[...members]];
  const inter = averageSimilarity(first, second, vectors);
  const cohesion = Math.min(
    ...[averageSimilarity(first, first, vectors), averageSimilarity(second, second, vectors)].filter(
      (x) => !Number.isNaN(x),
    ),
  );
  if (!(inter < config.splitRatio * cohesion)) return [[...members]];
  return [...splitSubject(first, context), ...splitSubject(second, context)];
}
