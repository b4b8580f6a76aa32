import { cosine, type SparseVector, type TermWeights, weightedVector } from '../text/sparse-vector.js';
import { averageLinkClusters } from './average-link.js';
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

/** A group of articles with the sum of their vectors: averages of dot products come from sums. */
class Half {
  readonly sum = new Map<string, number>();
  selfDots = 0;

  constructor(
    readonly members: number[],
    private readonly vectors: Vectors,
  ) {
    for (const i of members) this.add(i, 1);
  }

  add(i: number, sign: 1 | -1): void {
    const v = this.vectors.get(i) ?? EMPTY;
    for (const [stem, w] of v) this.sum.set(stem, (this.sum.get(stem) ?? 0) + sign * w);
    this.selfDots += sign * cosine(v, v);
  }

  /** Average similarity of article `i` to the members other than itself. */
  affinity(i: number): number {
    const v = this.vectors.get(i) ?? EMPTY;
    const inside = this.members.includes(i);
    const others = this.members.length - (inside ? 1 : 0);
    if (others === 0) return Number.NaN;
    return (cosine(v, this.sum) - (inside ? cosine(v, v) : 0)) / others;
  }

  /** Average similarity of two distinct members. */
  cohesion(): number {
    const n = this.members.length;
    return n < 2 ? Number.NaN : (cosine(this.sum, this.sum) - this.selfDots) / (n * (n - 1));
  }

  /** Average similarity of a member of this half with a member of the other. */
  similarity(other: Half): number {
    return cosine(this.sum, other.sum) / (this.members.length * other.members.length);
  }

  move(i: number, to: Half): void {
    this.members.splice(this.members.indexOf(i), 1);
    this.add(i, -1);
    to.members.push(i);
    to.add(i, 1);
  }
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

/** Divides articles in two by average-link in the given vectors, then refines the halves. */
function bisect(members: readonly number[], vectors: Vectors): [Half, Half] | null {
  const list = members.map((i) => vectors.get(i) ?? EMPTY);
  const parts = averageLinkClusters(list, candidatePairs(list), Number.MIN_VALUE, { minClusters: 2 })
    .map((p) => p.map((k) => members[k] ?? -1))
    .sort((p, q) => q.length - p.length);
  const [first, second] = parts;
  if (!first || !second) return null;
  // Articles with nothing in common with either half in these weights go with the larger one.
  for (const rest of parts.slice(2)) first.push(...rest);
  const halves: [Half, Half] = [new Half(first, vectors), new Half(second, vectors)];
  refineHalves(...halves);
  return halves;
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
  if (Math.min(first.members.length, second.members.length) < config.minEventSize) return [[...members]];
  const inter = first.similarity(second);
  const cohesion = Math.min(...[first.cohesion(), second.cohesion()].filter((x) => !Number.isNaN(x)));
  if (!(inter < config.splitRatio * cohesion)) return [[...members]];
  return [...splitSubject(first.members, context), ...splitSubject(second.members, context)];
}
