import { OfferLists } from './offer-lists.js';
import { TypedHeap } from './typed-heap.js';

/**
 * Which two clusters to merge next: the pair of highest score, then lowest (x, y), as a single heap
 * of every offer would pop it. Each cluster keeps the offers it made when it last changed in a
 * heap of its own (`OfferLists`), and the shared heap holds only each cluster's best offer not yet
 * passed over. A cluster absorbing hundreds of articles so leaves one stale entry per change in
 * the shared heap, not one per neighbour, and its offers reuse one buffer.
 */
export class MergeQueue {
  private readonly heap = new TypedHeap();
  private readonly lists: OfferLists;

  /** `firstOffers[x]`: how many offers cluster x may make before it first changes. */
  constructor(
    firstOffers: Int32Array,
    private readonly version: Int32Array,
    private readonly alive: (c: number) => boolean,
  ) {
    this.lists = new OfferLists(firstOffers);
  }

  /** Replaces cluster `x`'s offers by merging with `others[k]` at `scores[k]`, k below `count`. */
  offer(x: number, others: Int32Array, scores: Float64Array, count: number): void {
    this.lists.replace(x, this.version[x] ?? 0, others, scores, count, this.version);
    if (count > 0) this.heap.push(this.lists.topScore(x), x, this.lists.topOther(x), this.version[x] ?? 0);
  }

  /** Drops the offers of a cluster that was absorbed. */
  forget(x: number): void {
    this.lists.release(x);
  }

  /** The next pair to merge, or null when none is left: both alive and unchanged since offered. */
  pop(): [number, number] | null {
    const { lists } = this;
    while (this.heap.size > 0) {
      const x = this.heap.topX();
      const version = this.heap.topVersion();
      this.heap.pop();
      if (!this.alive(x) || this.version[x] !== version || lists.version(x) !== version) continue;
      if (this.current(x)) return [x, lists.topOther(x)];
      // The other cluster changed since: its own offers hold the pair now. On to this list's next.
      do lists.popTop(x);
      while (lists.size(x) > 0 && !this.current(x));
      if (lists.size(x) > 0) this.heap.push(lists.topScore(x), x, lists.topOther(x), version);
    }
    return null;
  }

  private current(x: number): boolean {
    const other = this.lists.topOther(x);
    return this.alive(other) && this.version[other] === this.lists.topOtherVersion(x);
  }
}
