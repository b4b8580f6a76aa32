/**
 * A binary heap of (score, x, y, version) in typed arrays, highest score first, then lowest x,
 * then lowest y: the order average-link merges in.
 */
export class TypedHeap {
  private scores = new Float64Array(1024);
  private xs = new Int32Array(1024);
  private ys = new Int32Array(1024);
  private versions = new Int32Array(1024);
  size = 0;

  topX(): number {
    return this.xs[0] ?? 0;
  }

  topVersion(): number {
    return this.versions[0] ?? 0;
  }

  push(score: number, x: number, y: number, version: number): void {
    if (this.size === this.scores.length) this.grow();
    let i = this.size++;
    this.set(i, score, x, y, version);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): void {
    this.size--;
    if (this.size === 0) return;
    this.swap(0, this.size);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) return;
      const r = l + 1;
      const best = r < this.size && this.before(r, l) ? r : l;
      if (!this.before(best, i)) return;
      this.swap(i, best);
      i = best;
    }
  }

  private before(i: number, j: number): boolean {
    const si = this.scores[i] ?? 0;
    const sj = this.scores[j] ?? 0;
    if (si !== sj) return si > sj;
    const xi = this.xs[i] ?? 0;
    const xj = this.xs[j] ?? 0;
    return xi !== xj ? xi < xj : (this.ys[i] ?? 0) < (this.ys[j] ?? 0);
  }

  private set(i: number, score: number, x: number, y: number, version: number): void {
    this.scores[i] = score;
    this.xs[i] = x;
    this.ys[i] = y;
    this.versions[i] = version;
  }

  private swap(i: number, j: number): void {
    const s = this.scores[i] ?? 0;
    const x = this.xs[i] ?? 0;
    const y = this.ys[i] ?? 0;
    const v = this.versions[i] ?? 0;
    this.set(i, this.scores[j] ?? 0, this.xs[j] ?? 0, this.ys[j] ?? 0, this.versions[j] ?? 0);
    this.set(j, s, x, y, v);
  }

  private grow(): void {
    const n = this.scores.length * 2;
    const scores = new Float64Array(n);
    scores.set(this.scores);
    this.scores = scores;
    for (const key of ['xs', 'ys', 'versions'] as const) {
      const a = new Int32Array(n);
      a.set(this[key]);
      this[key] = a;
    }
  }
}
