import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { clientConfig } from '../config/client-config.js';
import { PreconditionFailedError } from '../core/errors.js';
import type { ListedObject, ObjectStore, PutOptions, StoredObject } from '../core/ports.js';

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}

function isPreconditionFailed(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'PreconditionFailed' ||
      error.name === 'ConditionalRequestConflict' ||
      error.$metadata.httpStatusCode === 412)
  );
}

// S3 keys in copy sources are URL-encoded, path separators kept.
const copySource = (bucket: string, key: string): string =>
  `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;

/** The pipeline's object storage on S3: one bucket, one client. */
export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async head(key: string): Promise<{ size: number; etag: string } | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, etag: head.ETag ?? '' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      return { body, etag: object.ETag ?? '' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    try {
      const result = await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: options.contentType,
          CacheControl: options.cacheControl,
          IfMatch: options.ifMatch,
          IfNoneMatch: options.ifNoneMatch,
        }),
      );
      return { etag: result.ETag ?? '' };
    } catch (error) {
      // A write conditional on a version that was deleted meanwhile answers 404: it lost its race too.
      const lost = isPreconditionFailed(error) || (options.ifMatch !== undefined && isMissing(error));
      if (lost) throw new PreconditionFailedError(`${key} changed since it was read`, { cause: error });
      throw error;
    }
  }

  async copy(from: string, to: string, options: { ifMatch?: string } = {}): Promise<void> {
    await this.conditional(from, () =>
      this.client.send(
        new CopyObjectCommand({
          Bucket: this.bucket,
          Key: to,
          CopySource: copySource(this.bucket, from),
          CopySourceIfMatch: options.ifMatch,
        }),
      ),
    );
  }

  async delete(key: string, options: { ifMatch?: string } = {}): Promise<void> {
    try {
      await this.conditional(key, () =>
        this.client.send(
          new DeleteObjectCommand({ Bucket: this.bucket, Key: key, IfMatch: options.ifMatch }),
        ),
      );
    } catch (error) {
      // A conditional delete of a key already gone answers 404; gone is what was asked for.
      if (!isMissing(error)) throw error;
    }
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: prefix });
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        if (object.Key !== undefined)
          yield {
            key: object.Key,
            etag: object.ETag ?? '',
            size: object.Size ?? 0,
            lastModified: object.LastModified ?? new Date(0),
          };
      }
    }
  }

  /** Runs a request whose S3 conditions may fail, as a `PreconditionFailedError`. */
  private async conditional(key: string, request: () => Promise<unknown>): Promise<void> {
    try {
      await request();
    } catch (error) {
      if (isPreconditionFailed(error))
        throw new PreconditionFailedError(`${key} changed since it was read`, { cause: error });
      throw error;
    }
  }
}

/** The module's S3 client, created once per container. */
export const s3Client = new S3Client({ forcePathStyle: clientConfig().s3ForcePathStyle });
