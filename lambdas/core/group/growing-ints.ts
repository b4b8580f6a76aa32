/** A list of 32-bit integers in a typed array that doubles when full. */
export class GrowingInts {
  private items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    this.ensure(this.length + 1);
    this.items[this.length++] = value;
  }

  get(k: number): number {
    return this.items[k] ?? 0;
  }

  set(k: number, value: number): void {
    this.items[k] = value;
  }

  add(k: number, value: number): void {
    this.items[k] = (this.items[k] ?? 0) + value;
  }

  /** Sets item `k`, lengthening the list with zeros as needed. */
  setAt(k: number, value: number): void {
    this.ensure(k + 1);
    if (k >= this.length) this.length = k + 1;
    this.items[k] = value;
  }

  clear(): void {
    this.items.fill(0, 0, this.length);
    this.length = 0;
  }

  /** The items, in an array of their own. */
  toInt32(): Int32Array {
    return this.items.slice(0, this.length);
  }

  private ensure(size: number): void {
    if (size <= this.items.length) return;
    const grown = new Int32Array(Math.max(size, this.items.length * 2));
    grown.set(this.items.subarray(0, this.length));
    this.items = grown;
  }
}

const CHUNK = 1 << 16;

/**
 * A long list of 32-bit integers built by appending, in fixed chunks: no doubling leaves copies
 * behind, and the whole is copied once, into an array of exactly its length.
 */
export class IntChunks {
  private readonly full: Int32Array[] = [];
  private chunk = new Int32Array(CHUNK);
  private used = 0;

  get length(): number {
    return this.full.length * CHUNK + this.used;
  }

  push(value: number): void {
    if (this.used === CHUNK) {
      this.full.push(this.chunk);
      this.chunk = new Int32Array(CHUNK);
      this.used = 0;
    }
    this.chunk[this.used++] = value;
  }

  /** The items in one array of their own. */
  toInt32(): Int32Array {
    const out = new Int32Array(this.length);
    this.full.forEach((chunk, k) => {
      out.set(chunk, k * CHUNK);
    });
    out.set(this.chunk.subarray(0, this.used), this.full.length * CHUNK);
    return out;
  }
}
