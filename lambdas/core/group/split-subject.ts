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
  readonly has = new Set<number>();
  selfDots = 0;

  constructor(
    readonly members: number[],
    private readonly vectors: Vectors,
  ) {
    for (const i of members) {
      this.has.add(i);
      this.add(i, 1);
    }
  }

  add(i: number, sign: 1 | -1): void {
    const v = this.vectors.get(i) ?? EMPTY;
    for (const [stem, w] of v) this.sum.set(stem, (this.sum.get(stem) ?? 0) + sign * w);
    this.selfDots += sign * cosine(v, v);
  }

  /** Average similarity of article `i` to the members other than itself. */
  affinity(i: number): number {
    const v = this.vectors.get(i) ?? EMPTY;
    const inside = this.has.has(i);
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
    this.has.delete(i);
    this.add(i, -1);
    to.members.push(i);
    to.has.add(i);
    to.add(i, 1);
  }

  /** How much less alike the halves are than each within itself: lower divides better. */
  ratio(other: Half): number {
    const cohesion = Math.min(...[this.cohesion(), other.cohesion()].filter((x) => !Number.isNaN(x)));
    return this.similarity(other) / cohesion;
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

/** Divides articles in two by average-link in the given vectors: the larger half takes what joins neither. */
function averageLinkHalves(members: readonly number[], vectors: Vectors): [number[], number[]] | null {
  const list = members.map((i) => vectors.get(i) ?? EMPTY);
  const parts = averageLinkClusters(list, candidatePairs(list), Number.MIN_VALUE, { minClusters: 2 })
    .map((p) => p.map((k) => members[k] ?? -1))
    .sort((p, q) => q.length - p.length);
  const [first, second] = parts;
  if (!first || !second) return null;
  for (const rest of parts.slice(2)) first.push(...rest);
  return [first, second];
}

/** The terms whose weights vary most across the articles: those that say which of two events an article reports. */
function dividingTerms(members: readonly number[], vectors: Vectors, count: number): string[] {
  const sum = new Map<string, number>();
  const squares = new Map<string, number>();
  for (const i of members)
    for (const [stem, w] of vectors.get(i) ?? EMPTY) {
      sum.set(stem, (sum.get(stem) ?? 0) + w);
      squares.set(stem, (squares.get(stem) ?? 0) + w * w);
    }
  const n = members.length;
  return [...sum]
    .map(([stem, s]) => [stem, (squares.get(stem) ?? 0) / n - (s / n) ** 2] as const)
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
    .slice(0, count)
    .map(([stem]) => stem);
}

/**
 * Divides articles in two: from several starts (average-link, and the articles with or without
 * each of the terms that vary most), each refined, the division whose halves are least alike for
 * their cohesion. Null when none sets apart at least `minEventSize` articles on each side.
 */
function bisect(members: readonly number[], vectors: Vectors, config: GroupingConfig): [Half, Half] | null {
  const starts: [number[], number[]][] = [];
  const linked = averageLinkHalves(members, vectors);
  if (linked) starts.push(linked);
  for (const stem of dividingTerms(members, vectors, config.splitStarts)) {
    const having = members.filter((i) => vectors.get(i)?.has(stem));
    starts.push([having, members.filter((i) => !vectors.get(i)?.has(stem))]);
  }
  let best: [Half, Half] | null = null;
  let bestRatio = Number.POSITIVE_INFINITY;
  for (const [a, b] of starts) {
    if (a.length === 0 || b.length === 0) continue;
    const halves: [Half, Half] = [new Half(a, vectors), new Half(b, vectors)];
    refineHalves(...halves);
    if (Math.min(halves[0].members.length, halves[1].members.length) < config.minEventSize) continue;
    const ratio = halves[0].ratio(halves[1]);
    if (ratio < bestRatio) {
      best = halves;
      bestRatio = ratio;
    }
  }
  return best;
}

/**
 * Splits a subject into events, top down. Its articles are divided in two in the subject's own
 * term weights (what all of them say counts for nothing, names, places and numbers count more), and the division
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
  const halves = bisect(members, vectors, config);
  if (!halves) return [[...members]];
  const [first, second] = halves;
  if (!(first.ratio(second) < config.splitRatio)) return [[...members]];
  return [...splitSubject(first.members, context), ...splitSubject(second.members, context)];
}
