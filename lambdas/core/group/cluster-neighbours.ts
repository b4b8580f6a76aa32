/**
 * Which clusters were ever paired. The pairs first sit end to end, each cluster's neighbours in a
 * run of one typed array; a cluster that absorbs another gets a list of its own. An absorbed
 * cluster stays in its neighbours' lists and is read as the cluster that absorbed it, so a merge
 * rewrites only the list of the cluster that grows.
 */
export class ClusterNeighbours {
  private readonly start: Int32Array;
  private readonly paired: Int32Array;
  private readonly own: (number[] | null)[];
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(count: number, pairs: Int32Array) {
    this.start = new Int32Array(count + 1);
    for (const c of pairs) this.start[c + 1] = (this.start[c + 1] ?? 0) + 1;
    for (let c = 0; c < count; c++) this.start[c + 1] = (this.start[c + 1] ?? 0) + (this.start[c] ?? 0);
    const fill = this.start.slice(0, count);
    this.paired = new Int32Array(pairs.length);
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const a = pairs[k] ?? 0;
      const b = pairs[k + 1] ?? 0;
      this.paired[fill[a] ?? 0] = b;
      fill[a] = (fill[a] ?? 0) + 1;
      this.paired[fill[b] ?? 0] = a;
      fill[b] = (fill[b] ?? 0) + 1;
    }
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

  /** Neighbours of a cluster not yet merged with higher ids, each once: the pairs as first offered. */
  above(x: number): number[] {
    const out: number[] = [];
    const stamp = ++this.stamp;
    for (let k = this.start[x] ?? 0, end = this.start[x + 1] ?? 0; k < end; k++) {
      const y = this.paired[k] ?? 0;
      if (y <= x || this.seen[y] === stamp) continue;
      this.seen[y] = stamp;
      out.push(y);
    }
    return out;
  }

  /** The neighbours of a cluster that absorbed another (see `merge`). */
  of(x: number): readonly number[] {
    return this.own[x] ?? [];
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
    for (const c of [keep, gone]) {
      const own = this.own[c];
      // `list` is `keep`'s own list, rewritten in place: it is read ahead of where it is written.
      if (own) for (let k = 0, end = own.length; k < end; k++) add(own[k] ?? 0);
      else
        for (let k = this.start[c] ?? 0, end = this.start[c + 1] ?? 0; k < end; k++) add(this.paired[k] ?? 0);
    }
    list.length = kept;
    this.own[keep] = list;
    this.own[gone] = null;
  }
}
