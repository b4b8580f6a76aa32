import { TypedHeap } from './typed-heap.js';

/** How many of its offers a cluster keeps at a time: few are ever read before it changes. */
const KEPT = 16;

/**
 * Which two clusters to merge next: the pair of highest score, then lowest (x, y), as a single heap
 * of every offer would pop it. A cluster's offers are those it made when it last changed, to every
 * neighbour; it keeps only its best `KEPT` of them, best first, and a shared heap holds each
 * cluster's best offer not yet passed over. An offer to a cluster that has changed since is passed
 * over (that cluster's own offers hold the pair now); when all kept ones are, `refill` makes the
 * offers again to the neighbours unchanged since, which are the same offers at the same scores.
 * So the heap holds about one entry per cluster, and the offers `KEPT` per cluster.
 */
export class MergeQueue {
  private readonly heap = new TypedHeap();
  private readonly scores: Float64Array;
  private readonly others: Int32Array;
  private readonly next: Int32Array;
  private readonly size: Int32Array;
  private readonly cut: Uint8Array;

  constructor(
    clusters: number,
    /** When each cluster last changed (merges counted); its offers date from then. */
    private readonly changedAt: Int32Array,
    private readonly alive: (c: number) => boolean,
    private readonly refill: (x: number) => void,
  ) {
    this.scores = new Float64Array(clusters * KEPT);
    this.others = new Int32Array(clusters * KEPT);
    this.next = new Int32Array(clusters);
    this.size = new Int32Array(clusters);
    this.cut = new Uint8Array(clusters);
  }

  /** Cluster `x`'s offers: merging with `others[k]` at `scores[k]`, k below `count`. */
  offer(x: number, others: Int32Array, scores: Float64Array, count: number): void {
    const base = x * KEPT;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const score = scores[k] ?? 0;
      const other = others[k] ?? 0;
      // Kept best first: after every kept offer that scores higher, or as high to a lower cluster.
      let at = kept;
      while (at > 0) {
        const s = this.scores[base + at - 1] ?? 0;
        if (score > s || (score === s && other < (this.others[base + at - 1] ?? 0))) at--;
        else break;
      }
      if (at >= KEPT) continue;
      for (let j = Math.min(kept, KEPT - 1); j > at; j--) {
        this.scores[base + j] = this.scores[base + j - 1] ?? 0;
        this.others[base + j] = this.others[base + j - 1] ?? 0;
      }
      this.scores[base + at] = score;
      this.others[base + at] = other;
      if (kept < KEPT) kept++;
    }
    this.next[x] = 0;
    this.size[x] = kept;
    this.cut[x] = count > KEPT ? 1 : 0;
    if (kept > 0) this.push(x);
  }

  /** The next pair to merge, or null when none is left: both alive and unchanged since offered. */
  pop(): [number, number] | null {
    while (this.heap.size > 0) {
      const x = this.heap.topX();
      const version = this.heap.topVersion();
      this.heap.pop();
      if (!this.alive(x) || this.changedAt[x] !== version) continue;
      const head = this.next[x] ?? 0;
      const size = this.size[x] ?? 0;
      let next = head;
      while (next < size && !this.current(x, next)) next++;
      this.next[x] = next;
      if (next === head && next < size) return [x, this.others[x * KEPT + next] ?? 0];
      if (next < size) this.push(x);
      else if (this.cut[x]) this.refill(x);
    }
    return null;
  }

  /** Whether offer `k` of `x` still stands: its other cluster is alive and unchanged since. */
  current(x: number, k: number): boolean {
    const other = this.others[x * KEPT + k] ?? 0;
    return this.alive(other) && (this.changedAt[other] ?? 0) <= (this.changedAt[x] ?? 0);
  }

  private push(x: number): void {
    const k = x * KEPT + (this.next[x] ?? 0);
    this.heap.push(this.scores[k] ?? 0, x, this.others[k] ?? 0, this.changedAt[x] ?? 0);
  }
}
