/**
 * Grouping's pair search, average-link and near-duplicate detection as they were written on
 * string-keyed maps, before typed arrays: the reference the typed code must match exactly.
 */
import { cosine, type SparseVector } from '../lambdas/core/text/sparse-vector.js';

export function referencePairs(vectors: readonly SparseVector[]): [number, number][] {
  const df = new Map<string, number>();
  for (const vector of vectors) for (const stem of vector.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const indexed = vectors.map((vector) =>
    [...vector.entries()]
      .filter(([stem]) => (df.get(stem) ?? 0) > 1 && (df.get(stem) ?? 0) <= 1000)
      .sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
      .slice(0, 15),
  );
  const postings = new Map<string, { doc: number; weight: number }[]>();
  indexed.forEach((terms, doc) => {
    for (const [stem, weight] of terms) postings.set(stem, [...(postings.get(stem) ?? []), { doc, weight }]);
  });
  const score = new Float64Array(vectors.length);
  const pairs = new Set<number>();
  const n = vectors.length;
  indexed.forEach((terms, doc) => {
    const touched: number[] = [];
    for (const [stem, weight] of terms)
      for (const posting of postings.get(stem) ?? []) {
        if (posting.doc === doc) continue;
        if (score[posting.doc] === 0) touched.push(posting.doc);
        score[posting.doc] = (score[posting.doc] ?? 0) + weight * posting.weight;
      }
    if (touched.length > 40) touched.sort((p, q) => (score[q] ?? 0) - (score[p] ?? 0) || p - q);
    for (const other of touched.slice(0, 40)) pairs.add(doc < other ? doc * n + other : other * n + doc);
    for (const other of touched) score[other] = 0;
  });
  return [...pairs].sort((p, q) => p - q).map((id) => [Math.floor(id / n), id % n]);
}

interface Offer {
  readonly score: number;
  readonly x: number;
  readonly y: number;
  readonly versionX: number;
  readonly versionY: number;
}

export function referenceClusters(
  vectors: readonly SparseVector[],
  pairs: readonly (readonly [number, number])[],
  threshold: number,
  minClusters = 1,
  agreement?: (a: readonly number[], b: readonly number[]) => number,
): number[][] {
  const members: (number[] | null)[] = vectors.map((_, i) => [i]);
  const sums = vectors.map((v) => new Map(v));
  const neighbours = vectors.map(() => new Set<number>());
  const version = vectors.map(() => 0);
  for (const [a, b] of pairs) {
    if (a === b) continue;
    neighbours[a]?.add(b);
    neighbours[b]?.add(a);
  }
  const queue: Offer[] = [];
  const offer = (x: number, y: number): void => {
    const mx = members[x] ?? [];
    const my = members[y] ?? [];
    const base = cosine(sums[x] ?? new Map(), sums[y] ?? new Map()) / (mx.length * my.length);
    const score = agreement ? base * agreement(mx, my) : base;
    if (score >= threshold) queue.push({ score, x, y, versionX: version[x] ?? 0, versionY: version[y] ?? 0 });
  };
  neighbours.forEach((set, x) => {
    for (const y of set) if (x < y) offer(x, y);
  });
  let clusters = vectors.length;
  while (queue.length > 0 && clusters > minClusters) {
    // The best offer: highest score, then lowest x, then lowest y (a heap's order, found by a scan).
    let best = 0;
    queue.forEach((o, k) => {
      const b = queue[best] as Offer;
      if (o.score > b.score || (o.score === b.score && (o.x < b.x || (o.x === b.x && o.y < b.y)))) best = k;
    });
    const [top] = queue.splice(best, 1);
    if (!top) break;
    const { x, y } = top;
    if (!members[x] || !members[y] || version[x] !== top.versionX || version[y] !== top.versionY) continue;
    const [keep, gone] = (members[x]?.length ?? 0) >= (members[y]?.length ?? 0) ? [x, y] : [y, x];
    members[keep]?.push(...(members[gone] ?? []));
    members[gone] = null;
    clusters--;
    version[keep] = (version[keep] ?? 0) + 1;
    const sum = sums[keep] ?? new Map<string, number>();
    for (const [stem, w] of sums[gone] ?? []) sum.set(stem, (sum.get(stem) ?? 0) + w);
    for (const other of neighbours[gone] ?? []) {
      if (other === keep) continue;
      neighbours[keep]?.add(other);
      neighbours[other]?.delete(gone);
      neighbours[other]?.add(keep);
    }
    neighbours[keep]?.delete(gone);
    for (const other of neighbours[keep] ?? []) offer(keep, other);
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((p, q) => p - q));
}

export function referenceDuplicates(
  members: readonly number[],
  vectors: readonly SparseVector[],
): number[][] {
  const parent = members.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : find(parent[k] ?? k));
  const list = members.map((i) => vectors[i] ?? new Map<string, number>());
  for (const [a, b] of referencePairs(list))
    if (cosine(list[a] ?? new Map(), list[b] ?? new Map()) >= 0.8) parent[find(b)] = find(a);
  const units = new Map<number, number[]>();
  members.forEach((member, k) => {
    units.set(find(k), [...(units.get(find(k)) ?? []), member]);
  });
  return [...units.values()];
}
