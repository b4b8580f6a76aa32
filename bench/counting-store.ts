import type { ListedObject, ObjectStore, PutOptions, StoredObject } from '../lambdas/core/index.js';

/** Requests made to a store, by kind. */
export interface RequestCounts {
  head: number;
  get: number;
  put: number;
  copy: number;
  delete: number;
  list: number;
}

/**
 * Counts the requests made through a store, so the cost estimate prices the requests the code
 * makes rather than a list written by hand that the code may no longer follow.
 */
export class CountingStore implements ObjectStore {
  readonly counts: RequestCounts = { head: 0, get: 0, put: 0, copy: 0, delete: 0, list: 0 };

  constructor(private readonly inner: ObjectStore) {}

  head(key: string): Promise<{ size: number; etag: string } | null> {
    this.counts.head++;
    return this.inner.head(key);
  }

  get(key: string): Promise<StoredObject | null> {
    this.counts.get++;
    return this.inner.get(key);
  }

  put(key: string, body: string | Uint8Array, options?: PutOptions): Promise<{ etag: string }> {
    this.counts.put++;
    return this.inner.put(key, body, options);
  }

  copy(from: string, to: string, options?: { ifMatch?: string }): Promise<void> {
    this.counts.copy++;
    return this.inner.copy(from, to, options);
  }

  delete(key: string, options?: { ifMatch?: string }): Promise<void> {
    this.counts.delete++;
    return this.inner.delete(key, options);
  }

  list(prefix: string): AsyncIterable<ListedObject> {
    // Counted once per listing: the cost model prices its pages of 1,000 keys.
    this.counts.list++;
    return this.inner.list(prefix);
  }
}
