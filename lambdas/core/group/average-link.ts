import TinyQueue from 'tinyqueue';
import { cosine, type SparseVector } from '../text/sparse-vector.js';

interface Candidate {
  readonly score: number;
  readonly x: number;
  readonly y: number;
  readonly versionX: number;
  readonly versionY: number;
}

/** Options of `averageLinkClusters`. */
export interface AverageLinkOptions {
  /** Stop merging when this many clusters remain. */
  readonly minClusters?: number;
  /** A factor from 0 to 1 by which two clusters' average similarity is scaled, given their members. */
  readonly agreement?: (a: readonly number[], b: readonly number[]) => number;
}

/** Adds `weight` times `vector` into `sum`. */
function addInto(sum: Map<string, number>, vector: SparseVector): void {
  for (const [stem, w] of vector) sum.set(stem, (sum.get(stem) ?? 0) + w);
}

/**
 * Average-link agglomerative clustering of unit vectors. The average cosine similarity of all
 * pairs across two clusters equals the dot product of their vector sums divided by the product
 * of their sizes, so it is computed exactly from the sums; candidate pairs (from an inverted
 * index) only decide which clusters are compared at all. Clusters merge, most similar first,
 * while that average is at least `threshold`. Returns clusters of item indices, each sorted.
 */
export function averageLinkClusters(
  vectors: readonly SparseVector[],
  pairs: readonly (readonly [number, number])[],
  threshold: number,
  options: AverageLinkOptions = {},
): number[][] {
  const count = vectors.length;
  const minClusters = options.minClusters ?? 1;
  const members: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i]);
  const sums: Map<string, number>[] = vectors.map((v) => new Map(v));
  const neighbours: Set<number>[] = Array.from({ length: count }, () => new Set());
  const version: number[] = new Array<number>(count).fill(0);
  for (const [a, b] of pairs) {
    if (a === b) continue;
    neighbours[a]?.add(b);
    neighbours[b]?.add(a);
  }
  const average = (x: number, y: number): number => {
    const mx = members[x] ?? [];
    const my = members[y] ?? [];
    const base = cosine(sums[x] ?? new Map(), sums[y] ?? new Map()) / (mx.length * my.length);
    return options.agreement ? base * options.agreement(mx, my) : base;
  };
  const queue = new TinyQueue<Candidate>([], (p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  const offer = (x: number, y: number): void => {
    const score = average(x, y);
    if (score >= threshold) queue.push({ score, x, y, versionX: version[x] ?? 0, versionY: version[y] ?? 0 });
  };
  neighbours.forEach((set, x) => {
    for (const y of set) if (x < y) offer(x, y);
  });

  let clusters = count;
  while (queue.length > 0 && clusters > minClusters) {
    const top = queue.pop();
    if (!top) break;
    const { x, y } = top;
    if (!members[x] || !members[y] || version[x] !== top.versionX || version[y] !== top.versionY) continue;
    const [keep, gone] = (members[x]?.length ?? 0) >= (members[y]?.length ?? 0) ? [x, y] : [y, x];
    members[keep]?.push(...(members[gone] ?? []));
    members[gone] = null;
    clusters--;
    version[keep] = (version[keep] ?? 0) + 1;
    addInto(sums[keep] ?? new Map(), sums[gone] ?? new Map());
    sums[gone] = new Map();
    const keepNeighbours = neighbours[keep] ?? new Set<number>();
    for (const other of neighbours[gone] ?? []) {
      if (other === keep) continue;
      keepNeighbours.add(other);
      neighbours[other]?.delete(gone);
      neighbours[other]?.add(keep);
    }
    keepNeighbours.delete(gone);
    neighbours[gone] = new Set();
    for (const other of keepNeighbours) offer(keep, other);
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((p, q) => p - q));
}
