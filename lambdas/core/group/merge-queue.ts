import { TypedHeap } from './typed-heap.js';

/** One cluster's offers to merge, best first, made when it last changed. */
interface OfferList {
  readonly version: number;
  readonly scores: Float64Array;
  readonly others: Int32Array;
  readonly otherVersions: Int32Array;
  next: number;
}

/**
 * Which two clusters to merge next: the pair of highest score, then lowest (x, y), as a single heap
 * of every offer would pop it. Each cluster keeps its own offers, sorted, made when it last
 * changed, and the heap holds only each list's best offer not yet passed over. A cluster absorbing
 * hundreds of articles so leaves one stale heap entry per change, not one per neighbour.
 */
export class MergeQueue {
  private readonly lists: (OfferList | null)[];
  private readonly heap = new TypedHeap();

  constructor(
    clusters: number,
    private readonly version: Int32Array,
    private readonly alive: (c: number) => boolean,
  ) {
    this.lists = new Array<OfferList | null>(clusters).fill(null);
  }

  /** Replaces cluster `x`'s offers by merging with each of `others` at `scores`. */
  offer(x: number, others: readonly number[], scores: readonly number[]): void {
    if (others.length === 0) {
      this.lists[x] = null;
      return;
    }
    const order = others
      .map((_, k) => k)
      .sort((p, q) => (scores[q] ?? 0) - (scores[p] ?? 0) || (others[p] ?? 0) - (others[q] ?? 0));
    const list: OfferList = {
      version: this.version[x] ?? 0,
      scores: Float64Array.from(order, (k) => scores[k] ?? 0),
      others: Int32Array.from(order, (k) => others[k] ?? 0),
      otherVersions: Int32Array.from(order, (k) => this.version[others[k] ?? 0] ?? 0),
      next: 0,
    };
    this.lists[x] = list;
    this.heap.push(list.scores[0] ?? 0, x, list.others[0] ?? 0, list.version);
  }

  /** The next pair to merge, or null when none is left: both alive and unchanged since offered. */
  pop(): [number, number] | null {
    while (this.heap.size > 0) {
      const x = this.heap.topX();
      const version = this.heap.topVersion();
      this.heap.pop();
      const list = this.lists[x];
      if (!list || list.version !== version || !this.alive(x) || this.version[x] !== version) continue;
      if (this.current(list)) return [x, list.others[list.next] ?? 0];
      // The other cluster changed since: its own offers hold the pair now. On to this list's next.
      do list.next++;
      while (list.next < list.others.length && !this.current(list));
      if (list.next < list.others.length)
        this.heap.push(list.scores[list.next] ?? 0, x, list.others[list.next] ?? 0, version);
    }
    return null;
  }

  private current(list: OfferList): boolean {
    const other = list.others[list.next] ?? 0;
    return this.alive(other) && this.version[other] === list.otherVersions[list.next];
  }
}
