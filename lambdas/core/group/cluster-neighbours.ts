import type { PairGraph } from './pair-graph.js';

/**
 * Which clusters were ever paired: at first the candidate pairs' graph itself; a cluster that
 * absorbs another gets a list of its own. An absorbed cluster stays in its neighbours' lists and
 * is read as the cluster that absorbed it, so a merge rewrites only the list of the cluster that grows.
 */
export class ClusterNeighbours {
  private readonly own: (number[] | null)[];
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(private readonly graph: PairGraph) {
    const count = graph.start.length - 1;
    this.own = new Array<number[] | null>(count).fill(null);
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.seen = new Int32Array(count);
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

  /** The neighbours of cluster `x` now, each once; of a cluster never merged, only those above it. */
  of(x: number, aboveOnly: boolean): number[] {
    const own = this.own[x];
    if (own) return own;
    const out: number[] = [];
    const stamp = ++this.stamp;
    this.seen[x] = stamp;
    const { start, adjacent } = this.graph;
    for (let k = start[x] ?? 0, end = start[x + 1] ?? 0; k < end; k++) {
      const c = this.find(adjacent[k] ?? 0);
      if ((aboveOnly && c <= x) || this.seen[c] === stamp) continue;
      this.seen[c] = stamp;
      out.push(c);
    }
    return out;
  }

  /** `keep` absorbs `gone`: `keep`'s neighbours become both's, without repeats or absorbed ids. */
  merge(keep: number, gone: number): void {
    this.parent[gone] = keep;
    const stamp = ++this.stamp;
    this.seen[keep] = stamp;
    const list = this.own[keep] ?? [];
    let kept = 0;
    const add = (id: number): void => {
      const c = this.find(id);
      if (this.seen[c] === stamp) return;
      this.seen[c] = stamp;
      list[kept++] = c;
    };
    const { start, adjacent } = this.graph;
    for (const c of [keep, gone]) {
      const own = this.own[c];
      // `list` is `keep`'s own list, rewritten in place: it is read ahead of where it is written.
      if (own) for (let k = 0, end = own.length; k < end; k++) add(own[k] ?? 0);
      else for (let k = start[c] ?? 0, end = start[c + 1] ?? 0; k < end; k++) add(adjacent[k] ?? 0);
    }
    list.length = kept;
    this.own[keep] = list;
    this.own[gone] = null;
  }
}
