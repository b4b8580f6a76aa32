import TinyQueue from 'tinyqueue';

/** A similarity between two items, by index. */
export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

interface Candidate {
  readonly score: number;
  readonly x: number;
  readonly y: number;
  readonly versionX: number;
  readonly versionY: number;
}

/**
 * Average-link agglomerative clustering over a sparse similarity graph: pairs without an edge
 * count as similarity 0. Clusters merge, most similar first, while their average pairwise
 * similarity is at least `threshold`, or until `minClusters` remain. A priority queue with versioned entries keeps the cost
 * near O(E log E) for E edges. Returns clusters of item indices, each sorted.
 */
export function averageLinkClusters(
  count: number,
  edges: readonly Edge[],
  threshold: number,
  minClusters = 1,
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i]);
  const version: number[] = new Array<number>(count).fill(0);
  // Sum of similarities between two clusters, for clusters joined by at least one edge.
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const { a, b, similarity } of edges) {
    if (a === b) continue;
    links[a]?.set(b, (links[a]?.get(b) ?? 0) + similarity);
    links[b]?.set(a, (links[b]?.get(a) ?? 0) + similarity);
  }
  const size = (c: number): number => members[c]?.length ?? 0;
  const queue = new TinyQueue<Candidate>([], (p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  const offer = (x: number, y: number, sum: number): void => {
    const score = sum / (size(x) * size(y));
    if (score >= threshold) queue.push({ score, x, y, versionX: version[x] ?? 0, versionY: version[y] ?? 0 });
  };
  links.forEach((neighbours, x) => {
    for (const [y, sum] of neighbours) if (x < y) offer(x, y, sum);
  });

  let clusters = count;
  while (queue.length > 0 && clusters > minClusters) {
    const top = queue.pop();
    if (!top) break;
    const { x, y } = top;
    if (!members[x] || !members[y] || version[x] !== top.versionX || version[y] !== top.versionY) continue;
    // Merge the smaller cluster into the larger one.
    const [keep, gone] = size(x) >= size(y) ? [x, y] : [y, x];
    members[keep]?.push(...(members[gone] ?? []));
    members[gone] = null;
    clusters--;
    version[keep] = (version[keep] ?? 0) + 1;
    const keepLinks = links[keep] ?? new Map<number, number>();
    for (const [other, sum] of links[gone] ?? []) {
      if (other === keep) continue;
      keepLinks.set(other, (keepLinks.get(other) ?? 0) + sum);
      links[other]?.delete(gone);
      links[other]?.set(keep, keepLinks.get(other) ?? 0);
    }
    keepLinks.delete(gone);
    links[gone] = new Map();
    for (const [other, sum] of keepLinks) offer(keep, other, sum);
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((p, q) => p - q));
}
