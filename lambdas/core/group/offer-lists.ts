/**
 * Each cluster's offers to merge, as a binary heap of its own (highest score, then lowest other
 * cluster, on top). The first offers of all clusters share one buffer sized from the start; a
 * cluster that outgrows its place gets buffers of its own, reused from one change to the next.
 */
export class OfferLists {
  private readonly scores: Float64Array[];
  private readonly others: Int32Array[];
  private readonly otherVersions: Int32Array[];
  private readonly start: Int32Array;
  private readonly capacity: Int32Array;
  private readonly sizes: Int32Array;
  private readonly versions: Int32Array;

  /** `firstOffers[x]` is how many offers cluster x may make before it changes. */
  constructor(firstOffers: Int32Array) {
    const clusters = firstOffers.length;
    let total = 0;
    for (const c of firstOffers) total += c;
    const scores = new Float64Array(total);
    const others = new Int32Array(total);
    const otherVersions = new Int32Array(total);
    this.scores = new Array<Float64Array>(clusters).fill(scores);
    this.others = new Array<Int32Array>(clusters).fill(others);
    this.otherVersions = new Array<Int32Array>(clusters).fill(otherVersions);
    this.start = new Int32Array(clusters);
    for (let x = 1; x < clusters; x++) this.start[x] = (this.start[x - 1] ?? 0) + (firstOffers[x - 1] ?? 0);
    this.capacity = firstOffers.slice();
    this.sizes = new Int32Array(clusters);
    this.versions = new Int32Array(clusters).fill(-1);
  }

  /** Cluster `x` (at `version`) now offers `others[k]` at `scores[k]`, k below `count`. */
  replace(
    x: number,
    version: number,
    others: Int32Array,
    scores: Float64Array,
    count: number,
    versionOf: Int32Array,
  ): void {
    if (count > (this.capacity[x] ?? 0)) {
      const capacity = Math.max(8, count + (count >> 1));
      this.scores[x] = new Float64Array(capacity);
      this.others[x] = new Int32Array(capacity);
      this.otherVersions[x] = new Int32Array(capacity);
      this.start[x] = 0;
      this.capacity[x] = capacity;
    }
    const s = this.scores[x];
    const o = this.others[x];
    const v = this.otherVersions[x];
    if (!s || !o || !v) return;
    const base = this.start[x] ?? 0;
    for (let k = 0; k < count; k++) {
      const other = others[k] ?? 0;
      s[base + k] = scores[k] ?? 0;
      o[base + k] = other;
      v[base + k] = versionOf[other] ?? 0;
    }
    this.sizes[x] = count;
    this.versions[x] = version;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.siftDown(x, i);
  }

  /** Drops the offers of an absorbed cluster, and its buffers if they are its own. */
  release(x: number): void {
    const shared = this.scores[0];
    if (shared && (this.capacity[x] ?? 0) > 0 && this.scores[x] !== shared) {
      this.scores[x] = shared;
      this.others[x] = this.others[0] ?? new Int32Array(0);
      this.otherVersions[x] = this.otherVersions[0] ?? new Int32Array(0);
      this.capacity[x] = 0;
    }
    this.sizes[x] = 0;
    this.versions[x] = -1;
  }

  version(x: number): number {
    return this.versions[x] ?? -1;
  }

  size(x: number): number {
    return this.sizes[x] ?? 0;
  }

  topScore(x: number): number {
    return this.scores[x]?.[this.start[x] ?? 0] ?? 0;
  }

  topOther(x: number): number {
    return this.others[x]?.[this.start[x] ?? 0] ?? 0;
  }

  topOtherVersion(x: number): number {
    return this.otherVersions[x]?.[this.start[x] ?? 0] ?? 0;
  }

  popTop(x: number): void {
    const size = (this.sizes[x] ?? 0) - 1;
    this.sizes[x] = size;
    if (size <= 0) return;
    this.swap(x, size, 0);
    this.siftDown(x, 0);
  }

  private siftDown(x: number, from: number): void {
    const s = this.scores[x];
    const o = this.others[x];
    if (!s || !o) return;
    const base = this.start[x] ?? 0;
    const size = this.sizes[x] ?? 0;
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      let best = l;
      if (l + 1 < size) {
        const sl = s[base + l] ?? 0;
        const sr = s[base + l + 1] ?? 0;
        if (sr > sl || (sr === sl && (o[base + l + 1] ?? 0) < (o[base + l] ?? 0))) best = l + 1;
      }
      const sb = s[base + best] ?? 0;
      const si = s[base + i] ?? 0;
      if (!(sb > si || (sb === si && (o[base + best] ?? 0) < (o[base + i] ?? 0)))) return;
      this.swap(x, i, best);
      i = best;
    }
  }

  private swap(x: number, i: number, j: number): void {
    const s = this.scores[x];
    const o = this.others[x];
    const v = this.otherVersions[x];
    if (!s || !o || !v) return;
    const base = this.start[x] ?? 0;
    const si = s[base + i] ?? 0;
    const oi = o[base + i] ?? 0;
    const vi = v[base + i] ?? 0;
    s[base + i] = s[base + j] ?? 0;
    o[base + i] = o[base + j] ?? 0;
    v[base + i] = v[base + j] ?? 0;
    s[base + j] = si;
    o[base + j] = oi;
    v[base + j] = vi;
  }
}
