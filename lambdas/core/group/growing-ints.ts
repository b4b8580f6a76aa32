/** A list of integers in a typed array that grows by a quarter when full. */
export class GrowingInts<T extends Int32Array | Uint8Array = Int32Array> {
  private items: T;
  length = 0;

  constructor(private readonly make: (size: number) => T = (size) => new Int32Array(size) as T) {
    this.items = make(64);
  }

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

  /** Makes room for `capacity` items at once: a good estimate leaves nothing to grow or copy. */
  reserve(capacity: number): void {
    if (capacity <= this.items.length) return;
    const grown = this.make(capacity);
    grown.set(this.items.subarray(0, this.length));
    this.items = grown;
  }

  /** The items, in the list's own array (which it must not change after). */
  view(): T {
    return this.items.subarray(0, this.length) as T;
  }

  private ensure(size: number): void {
    if (size > this.items.length) this.reserve(Math.max(size, Math.ceil(this.items.length * 1.25)));
  }
}
