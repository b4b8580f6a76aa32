import {
  type ListedObject,
  type ObjectStore,
  PreconditionFailedError,
  type PutOptions,
  type StoredObject,
} from '../../lambdas/core/index.js';

const encoder = new TextEncoder();

/**
 * An in-memory object store with S3's conditional writes, for tests and for timing the ingest
 * pipeline without S3. Version tags are counters,
 * not hashes: S3 computes its tags on its side, so hashing a large state here would add work the
 * function never does. Each request can be made to wait `latencyMs`, to count how many requests
 * the pipeline makes one after another.
 */
export class MemoryStore implements ObjectStore {
  private readonly objects = new Map<string, { body: Uint8Array; etag: string; at: Date }>();
  private version = 0;

  constructor(
    private readonly latencyMs = 0,
    /** The store's clock, which stamps each write's time (S3's LastModified). */
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Stores an object at once, without the latency: setting up is not what is timed. */
  seed(key: string, body: string | Uint8Array, at: Date = this.clock()): void {
    this.objects.set(key, {
      body: typeof body === 'string' ? encoder.encode(body) : body,
      etag: `"${++this.version}"`,
      at,
    });
  }

  private wait(): Promise<void> {
    return this.latencyMs > 0 ? new Promise((r) => setTimeout(r, this.latencyMs)) : Promise.resolve();
  }

  async head(key: string): Promise<{ size: number; etag: string } | null> {
    await this.wait();
    const object = this.objects.get(key);
    return object ? { size: object.body.byteLength, etag: object.etag } : null;
  }

  async get(key: string): Promise<StoredObject | null> {
    await this.wait();
    return this.objects.get(key) ?? null;
  }

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    await this.wait();
    const current = this.objects.get(key);
    if (options.ifNoneMatch === '*' && current) throw new PreconditionFailedError(key);
    if (options.ifMatch !== undefined && current?.etag !== options.ifMatch)
      throw new PreconditionFailedError(key);
    const etag = `"${++this.version}"`;
    this.objects.set(key, {
      body: typeof body === 'string' ? encoder.encode(body) : body,
      etag,
      at: this.clock(),
    });
    return { etag };
  }

  async copy(from: string, to: string, options: { ifMatch?: string } = {}): Promise<void> {
    await this.wait();
    const object = this.objects.get(from);
    if (!object) throw new Error(`no ${from}`);
    if (options.ifMatch !== undefined && object.etag !== options.ifMatch)
      throw new PreconditionFailedError(from);
    this.objects.set(to, { ...object, at: this.clock() });
  }

  async delete(key: string, options: { ifMatch?: string } = {}): Promise<void> {
    await this.wait();
    const object = this.objects.get(key);
    if (object && options.ifMatch !== undefined && object.etag !== options.ifMatch)
      throw new PreconditionFailedError(key);
    this.objects.delete(key);
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    await this.wait();
    const keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    for (const key of keys) {
      const object = this.objects.get(key);
      if (object) yield { key, etag: object.etag, size: object.body.byteLength, lastModified: object.at };
    }
  }

  /** The keys stored under a prefix, for tests and measurements. */
  keys(prefix = ''): string[] {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  /** Bytes stored under a prefix, for measurements. */
  bytes(prefix = ''): number {
    let total = 0;
    for (const [key, object] of this.objects) if (key.startsWith(prefix)) total += object.body.byteLength;
    return total;
  }
}
