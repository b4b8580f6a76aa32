import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ListedObject,
  type ObjectStore,
  PreconditionFailedError,
  type PutOptions,
  type StoredObject,
} from '../lambdas/core/index.js';

// Objects read from the folder all carry this tag: they are never rewritten there.
const ON_DISK = '"disk"';

const fileName = (key: string): string => encodeURIComponent(key);

/** Writes objects into a folder, one file each, for a `FolderStore` in another process to read. */
export async function writeFolder(folder: string, objects: Iterable<[string, Uint8Array]>): Promise<void> {
  for (const [key, body] of objects) await writeFile(join(folder, fileName(key)), body);
}

/**
 * An object store over a folder of files written by `writeFolder`, read on demand as S3 serves
 * them: a build reading from it holds only what it keeps of each object, not every body at once,
 * so its peak memory is the function's, not the benchmark's. Writes and deletes stay in memory.
 */
export class FolderStore implements ObjectStore {
  private readonly written = new Map<string, StoredObject & { readonly at: Date }>();
  /** The files on disk count as written when the store was opened, before any build. */
  private readonly openedAt = new Date();
  private readonly deleted = new Set<string>();
  private version = 0;

  private constructor(
    private readonly folder: string,
    /** Each file's key and size, read once: a listing from S3 costs no request per object either. */
    private readonly sizes: ReadonlyMap<string, number>,
  ) {}

  /** A store over the files `writeFolder` wrote into `folder`. */
  static async open(folder: string): Promise<FolderStore> {
    const names = await readdir(folder);
    const sizes = await Promise.all(names.map(async (n) => (await stat(join(folder, n))).size));
    return new FolderStore(folder, new Map(names.map((n, i) => [decodeURIComponent(n), sizes[i] ?? 0])));
  }

  private async fromDisk(key: string): Promise<StoredObject | null> {
    if (this.deleted.has(key) || !this.sizes.has(key)) return null;
    return { body: await readFile(join(this.folder, fileName(key))), etag: ON_DISK };
  }

  async head(key: string): Promise<{ size: number; etag: string } | null> {
    const object = this.written.get(key);
    if (object) return { size: object.body.byteLength, etag: object.etag };
    const size = this.deleted.has(key) ? undefined : this.sizes.get(key);
    return size === undefined ? null : { size, etag: ON_DISK };
  }

  async get(key: string): Promise<StoredObject | null> {
    return this.written.get(key) ?? this.fromDisk(key);
  }

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    const current = await this.head(key);
    if (options.ifNoneMatch === '*' && current) throw new PreconditionFailedError(key);
    if (options.ifMatch !== undefined && current?.etag !== options.ifMatch)
      throw new PreconditionFailedError(key);
    const etag = `"${++this.version}"`;
    this.written.set(key, {
      body: typeof body === 'string' ? Buffer.from(body) : body,
      etag,
      at: new Date(),
    });
    return { etag };
  }

  async copy(from: string, to: string): Promise<void> {
    const object = await this.get(from);
    if (!object) throw new Error(`no ${from}`);
    this.written.set(to, { ...object, at: new Date() });
  }

  async delete(key: string, options: { ifMatch?: string } = {}): Promise<void> {
    const current = await this.head(key);
    if (current && options.ifMatch !== undefined && current.etag !== options.ifMatch)
      throw new PreconditionFailedError(key);
    this.written.delete(key);
    this.deleted.add(key);
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    const keys = new Set([...this.sizes.keys(), ...this.written.keys()]);
    for (const key of [...keys].filter((k) => k.startsWith(prefix) && !this.deleted.has(k)).sort()) {
      const head = await this.head(key);
      if (head) yield { key, ...head, lastModified: this.written.get(key)?.at ?? this.openedAt };
    }
  }
}
