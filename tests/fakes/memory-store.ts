import { createHash } from 'node:crypto';
import {
  type ObjectStore,
  PreconditionFailedError,
  type PutOptions,
  type StoredObject,
} from '../../lambdas/core/index.js';

/** An in-memory object store with S3's conditional-write rules, for tests of the engine's pipeline. */
export class MemoryStore implements ObjectStore {
  readonly objects = new Map<string, Uint8Array>();

  private etag(body: Uint8Array): string {
    return `"${createHash('md5').update(body).digest('hex')}"`;
  }

  async size(key: string): Promise<number | null> {
    return this.objects.get(key)?.byteLength ?? null;
  }

  async get(key: string): Promise<StoredObject | null> {
    const body = this.objects.get(key);
    return body ? { body, etag: this.etag(body) } : null;
  }

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    const current = this.objects.get(key);
    if (options.ifNoneMatch === '*' && current) throw new PreconditionFailedError(key);
    if (options.ifMatch !== undefined && (!current || this.etag(current) !== options.ifMatch))
      throw new PreconditionFailedError(key);
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    this.objects.set(key, bytes);
    return { etag: this.etag(bytes) };
  }

  async copy(from: string, to: string): Promise<void> {
    const body = this.objects.get(from);
    if (!body) throw new Error(`no ${from}`);
    this.objects.set(to, body);
  }

  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }
}
