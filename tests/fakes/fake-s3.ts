import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';

function s3Error(name: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: name,
  });
}

const etagOf = (body: Uint8Array): string => `"${createHash('md5').update(body).digest('hex')}"`;

function toBytes(body: unknown): Uint8Array {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  throw new Error('the fake S3 takes string or byte bodies');
}

/** Objects by key, each with the time it was last written (S3's LastModified). */
class TimedMap extends Map<string, Uint8Array> {
  readonly times = new Map<string, Date>();

  override set(key: string, value: Uint8Array): this {
    this.times?.set(key, new Date());
    return super.set(key, value);
  }
}

/** Reading and writing one fake bucket's objects, as tests do it. */
function bucketView(objects: TimedMap) {
  return {
    objects,
    put: (key: string, body: string | Uint8Array) => objects.set(key, toBytes(body)),
    text: (key: string) => {
      const body = objects.get(key);
      return body ? new TextDecoder().decode(body) : undefined;
    },
    keys: (prefix = '') => [...objects.keys()].filter((k) => k.startsWith(prefix)).sort(),
  };
}

/**
 * An in-memory S3 bucket behind `aws-sdk-client-mock`: the real SDK commands, answered from a
 * map, with S3's conditional-write rules (If-Match, If-None-Match answer 412 when they fail).
 * Every bucket name reaches the same map, except those given their own with `bucket(name)`.
 */
export function fakeS3() {
  const main = new TimedMap();
  const others = new Map<string, TimedMap>();
  const inBucket = (bucket: string | undefined): TimedMap => others.get(bucket ?? '') ?? main;
  const mock = mockClient(S3Client);
  const missing = () => s3Error('NoSuchKey', 404);
  const handlers = {
    get: ({ Bucket, Key }: { Bucket?: string; Key?: string }) => {
      const body = inBucket(Bucket).get(Key ?? '');
      if (!body) throw missing();
      return {
        Body: sdkStreamMixin(Readable.from([Buffer.from(body)])),
        ETag: etagOf(body),
        ContentLength: body.byteLength,
      };
    },
    put: ({
      Bucket,
      Key,
      Body,
      IfMatch,
      IfNoneMatch,
    }: {
      Bucket?: string;
      Key?: string;
      Body?: unknown;
      IfMatch?: string;
      IfNoneMatch?: string;
    }) => {
      const objects = inBucket(Bucket);
      const current = objects.get(Key ?? '');
      if (IfNoneMatch === '*' && current) throw s3Error('PreconditionFailed', 412);
      if (IfMatch !== undefined && (!current || etagOf(current) !== IfMatch))
        throw s3Error('PreconditionFailed', 412);
      const bytes = toBytes(Body);
      objects.set(Key ?? '', bytes);
      return { ETag: etagOf(bytes) };
    },
    copy: ({
      Bucket,
      CopySource,
      Key,
      CopySourceIfMatch,
    }: {
      Bucket?: string;
      CopySource?: string;
      Key?: string;
      CopySourceIfMatch?: string;
    }) => {
      const objects = inBucket(Bucket);
      const source = decodeURIComponent(String(CopySource).split('/').slice(1).join('/'));
      const body = objects.get(source);
      if (!body) throw missing();
      if (CopySourceIfMatch !== undefined && etagOf(body) !== CopySourceIfMatch)
        throw s3Error('PreconditionFailed', 412);
      objects.set(Key ?? '', body);
      return {};
    },
  };
  mock.on(HeadObjectCommand).callsFake(({ Bucket, Key }) => {
    const body = inBucket(Bucket).get(Key);
    if (!body) throw s3Error('NotFound', 404);
    return { ContentLength: body.byteLength, ETag: etagOf(body) };
  });
  // Pages of two keys, so that paging is exercised.
  mock.on(ListObjectsV2Command).callsFake(({ Bucket, Prefix, ContinuationToken }) => {
    const objects = inBucket(Bucket);
    const keys = [...objects.keys()].filter((k) => k.startsWith(Prefix ?? '')).sort();
    const start = ContinuationToken ? Number(ContinuationToken) : 0;
    const page = keys.slice(start, start + 2);
    const more = start + 2 < keys.length;
    return {
      Contents: page.map((Key) => ({
        Key,
        ETag: etagOf(objects.get(Key) ?? new Uint8Array()),
        Size: 0,
        LastModified: objects.times.get(Key) ?? new Date(0),
      })),
      IsTruncated: more,
      ...(more ? { NextContinuationToken: String(start + 2) } : {}),
    };
  });
  mock.on(GetObjectCommand).callsFake(handlers.get);
  mock.on(PutObjectCommand).callsFake(handlers.put);
  mock.on(CopyObjectCommand).callsFake(handlers.copy);
  mock.on(DeleteObjectCommand).callsFake(({ Bucket, Key, IfMatch }) => {
    const objects = inBucket(Bucket);
    const body = objects.get(Key);
    if (body && IfMatch !== undefined && etagOf(body) !== IfMatch) throw s3Error('PreconditionFailed', 412);
    objects.delete(Key);
    return {};
  });
  return {
    mock,
    ...bucketView(main),
    /** A bucket of its own, apart from the one every other name reaches. */
    bucket(name: string) {
      if (!others.has(name)) others.set(name, new TimedMap());
      return bucketView(others.get(name) as TimedMap);
    },
    /** Makes the next `times` calls of a command on one key fail with `error`; later calls behave again. */
    failNext(command: 'get' | 'put' | 'copy', key: string, error: Error, times = 1) {
      const Command = { get: GetObjectCommand, put: PutObjectCommand, copy: CopyObjectCommand }[command];
      let left = times;
      const handler = handlers[command] as (input: object) => unknown;
      mock.on(Command as typeof GetObjectCommand, { Key: key }).callsFake((input: object) => {
        if (left > 0) {
          left--;
          throw error;
        }
        return handler(input);
      });
    },
  };
}

/** What `fakeS3` returns. */
export type FakeS3 = ReturnType<typeof fakeS3>;
