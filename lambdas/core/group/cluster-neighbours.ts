/**
 * Which clusters were ever paired, as lists of ids. A cluster absorbed into another stays in its
 * neighbours' lists and is read as the cluster that absorbed it, so a merge rewrites only the
 * list of the cluster that grows.
 */
export class ClusterNeighbours {
  private readonly lists: number[][];
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(count: number, pairs: Int32Array) {
    this.lists = Array.from({ length: count }, () => []);
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.seen = new Int32Array(count);
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const a = pairs[k] ?? 0;
      const b = pairs[k + 1] ?? 0;
      if (a === b) continue;
      this.lists[a]?.push(b);
      this.lists[b]?.push(a);
    }
  }

  /** The cluster that now holds `c`. */
  private find(c: number): number {
    let root = c;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let i = c;
    while (this.parent[i] !== root) {
      const next = this.parent[i] ?? root;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Neighbours of an unmerged cluster with higher ids (each pair once, as first offered). */
  above(x: number): number[] {
    return this.of(x).filter((y) => y > x);
  }

  /** The neighbours of cluster `x` (compacted: the list is rewritten without repeats or absorbed ids). */
  of(x: number): number[] {
    const list = this.distinct(x, this.lists[x] ?? [], []);
    this.lists[x] = list;
    return list;
  }

  /** `keep` absorbs `gone`: its neighbours become `keep`'s. */
  merge(keep: number, gone: number): void {
    this.parent[gone] = keep;
    const list = this.distinct(keep, this.lists[keep] ?? [], this.lists[gone] ?? []);
    this.lists[keep] = list;
    this.lists[gone] = [];
  }

  private distinct(self: number, a: readonly number[], b: readonly number[]): number[] {
    const stamp = ++this.stamp;
    this.seen[self] = stamp;
    const out: number[] = [];
    for (const list of [a, b])
      for (const id of list) {
        const c = this.find(id);
        if (this.seen[c] === stamp) continue;
        this.seen[c] = stamp;
        out.push(c);
      }
    return out;
  }
}
