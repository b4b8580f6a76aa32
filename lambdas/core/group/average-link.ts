import { ClusterNeighbours } from './cluster-neighbours.js';
import { ClusterSums } from './cluster-sums.js';
import { MergeQueue } from './merge-queue.js';
import type { PairGraph } from './pair-graph.js';
import { SpreadVector } from './spread-vector.js';
import { rowCount, type VectorRows } from './vector-rows.js';

/** A factor from 0 to 1 by which two clusters' average similarity is scaled, given their members. */
export interface ClusterAgreement {
  between(x: number, y: number): number;
  /** Cluster `keep` has absorbed cluster `gone`. */
  merged(keep: number, gone: number): void;
}

/** Options of `averageLinkClusters`. */
export interface AverageLinkOptions {
  /** Stop merging when this many clusters remain. */
  readonly minClusters?: number;
  readonly agreement?: ClusterAgreement;
}

/**
 * Average-link agglomerative clustering of unit vectors. The average cosine similarity of all
 * pairs across two clusters equals the dot product of their vector sums divided by the product
 * of their sizes, so it is computed exactly from the sums; candidate pairs (from an inverted
 * index) only decide which clusters are compared at all. Clusters merge, most similar first,
 * while that average is at least `threshold`. Returns clusters of item indices, each sorted.
 */
export function averageLinkClusters(
  rows: VectorRows,
  pairs: PairGraph,
  threshold: number,
  options: AverageLinkOptions = {},
): number[][] {
  const count = rowCount(rows);
  const minClusters = options.minClusters ?? 1;
  const members: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i]);
  const changedAt = new Int32Array(count);
  const sums = new ClusterSums(rows);
  const neighbours = new ClusterNeighbours(pairs);
  const spread = new SpreadVector(rows.termCount);
  const alive = (c: number): boolean => members[c] !== null;
  const { agreement } = options;
  let spreadOwner = -1;
  const spreadCluster = (x: number): void => {
    if (spreadOwner === x) return;
    const previous = sums.slices[spreadOwner];
    if (previous) spread.clear(previous);
    const slice = sums.slices[x];
    if (slice) spread.spread(slice);
    spreadOwner = x;
  };
  let offered = new Int32Array(64);
  let scores = new Float64Array(64);
  // Cluster `x`'s offers to those of `others` unchanged since it changed, at their average similarity.
  const offer = (x: number, others: readonly number[]): void => {
    spreadCluster(x);
    const sx = sums.slices[x];
    const size = members[x]?.length ?? 0;
    if (offered.length < others.length) {
      offered = new Int32Array(others.length * 2);
      scores = new Float64Array(others.length * 2);
    }
    let kept = 0;
    for (const y of others) {
      const sy = sums.slices[y];
      if (!sx || !sy || !alive(y) || (changedAt[y] ?? 0) > (changedAt[x] ?? 0)) continue;
      const base = spread.dot(sx, sy, true) / (size * (members[y]?.length ?? 0));
      const score = agreement ? base * agreement.between(x, y) : base;
      if (score >= threshold) {
        offered[kept] = y;
        scores[kept++] = score;
      }
    }
    queue.offer(x, offered, scores, kept);
  };
  const queue = new MergeQueue(count, changedAt, alive, (x) => offer(x, neighbours.of(x, true)));
  for (let x = 0; x < count; x++) offer(x, neighbours.of(x, true));

  let clusters = count;
  for (let merges = 1; clusters > minClusters; merges++) {
    const next = queue.pop();
    if (!next) break;
    const [x, y] = next;
    const [keep, gone] = (members[x]?.length ?? 0) >= (members[y]?.length ?? 0) ? [x, y] : [y, x];
    const kept = members[keep] ?? [];
    for (const m of members[gone] ?? []) kept.push(m);
    members[gone] = null;
    clusters--;
    changedAt[keep] = merges;
    // A cluster absorbing one article after another stays spread from one merge to the next.
    spreadCluster(keep);
    sums.absorb(keep, gone, spread);
    neighbours.merge(keep, gone);
    agreement?.merged(keep, gone);
    offer(keep, neighbours.of(keep, false));
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((p, q) => p - q));
}
