import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '../lambdas/adapters/s3-object-store.js';
import { PreconditionFailedError } from '../lambdas/core/errors.js';
import { type LocalAws, startLocalAws } from '../scripts/local/local-aws.js';
import { localS3Client } from '../scripts/local/local-clients.js';

const BUCKET = 'front-test';
let aws: LocalAws;
let client: S3Client;

beforeAll(async () => {
  aws = await startLocalAws(BUCKET);
  client = localS3Client(aws.s3Endpoint);
});
afterAll(async () => {
  await aws.stop();
});

const put = async (key: string, body: string): Promise<string> =>
  (await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }))).ETag ?? '';

const text = async (key: string): Promise<string | null> => {
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return (await object.Body?.transformToString()) ?? '';
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey') return null;
    throw error;
  }
};

/** The error a request fails with, as name and HTTP status. */
const failure = (request: Promise<unknown>): Promise<{ name: string; status: number | undefined }> =>
  request.then(
    () => ({ name: 'none', status: undefined }),
    (error: { name: string; $metadata?: { httpStatusCode?: number } }) => ({
      name: error.name,
      status: error.$metadata?.httpStatusCode,
    }),
  );

describe('the local S3 front: conditional copies', () => {
  it('refuses a copy whose source ETag is stale with 412, leaving both objects as they were', async () => {
    // Prepare
    const stale = await put('copy/source.txt', 'first');
    await put('copy/source.txt', 'second');
    await put('copy/target.txt', 'untouched');

    // Act
    const refused = await failure(
      client.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'copy/target.txt',
          CopySource: `${BUCKET}/copy/source.txt`,
          CopySourceIfMatch: stale,
        }),
      ),
    );

    // Assess
    expect(refused).toEqual({ name: 'PreconditionFailed', status: 412 });
    expect(await text('copy/source.txt')).toBe('second');
    expect(await text('copy/target.txt')).toBe('untouched');
  });

  it('copies when the source ETag matches', async () => {
    // Prepare
    const etag = await put('copy/fresh.txt', 'fresh');

    // Act
    await client.send(
      new CopyObjectCommand({
        Bucket: BUCKET,
        Key: 'copy/fresh-copy.txt',
        CopySource: `${BUCKET}/copy/fresh.txt`,
        CopySourceIfMatch: etag,
      }),
    );

    // Assess
    expect(await text('copy/fresh-copy.txt')).toBe('fresh');
  });

  it('refuses a copy when x-amz-copy-source-if-none-match names the current ETag', async () => {
    // Prepare
    const etag = await put('copy/same.txt', 'same');

    // Act
    const refused = await failure(
      client.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'copy/same-copy.txt',
          CopySource: `${BUCKET}/copy/same.txt`,
          CopySourceIfNoneMatch: etag,
        }),
      ),
    );

    // Assess
    expect(refused).toEqual({ name: 'PreconditionFailed', status: 412 });
    expect(await text('copy/same-copy.txt')).toBeNull();
  });

  it('answers a conditional copy of a missing source with 404 NoSuchKey, as S3 does', async () => {
    // Act
    const refused = await failure(
      client.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'copy/never.txt',
          CopySource: `${BUCKET}/copy/missing.txt`,
          CopySourceIfMatch: '"0123456789abcdef0123456789abcdef"',
        }),
      ),
    );

    // Assess
    expect(refused).toEqual({ name: 'NoSuchKey', status: 404 });
    expect(await text('copy/never.txt')).toBeNull();
  });
});

describe('the local S3 front: conditional deletes', () => {
  it('refuses a delete whose If-Match ETag is stale with 412 and keeps the object', async () => {
    // Prepare
    const stale = await put('delete/kept.txt', 'old');
    await put('delete/kept.txt', 'new');

    // Act
    const refused = await failure(
      client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'delete/kept.txt', IfMatch: stale })),
    );

    // Assess
    expect(refused).toEqual({ name: 'PreconditionFailed', status: 412 });
    expect(await text('delete/kept.txt')).toBe('new');
  });

  it('deletes when If-Match names the current ETag, and answers 404 for a key already gone', async () => {
    // Prepare
    const etag = await put('delete/gone.txt', 'bye');

    // Act
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'delete/gone.txt', IfMatch: etag }));
    const again = await failure(
      client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'delete/gone.txt', IfMatch: etag })),
    );

    // Assess
    expect(await text('delete/gone.txt')).toBeNull();
    expect(again).toEqual({ name: 'NoSuchKey', status: 404 });
  });

  it('lets exactly one of two racing conditional writers on one ETag through', async () => {
    // Prepare
    const etag = await put('delete/raced.txt', 'v1');

    // Act
    const [deleted, replaced] = await Promise.all([
      failure(
        client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'delete/raced.txt', IfMatch: etag })),
      ),
      failure(
        client.send(
          new PutObjectCommand({ Bucket: BUCKET, Key: 'delete/raced.txt', Body: 'v2', IfMatch: etag }),
        ),
      ),
    ]);

    // Assess
    const through = [deleted, replaced].filter((result) => result.name === 'none');
    expect(through).toHaveLength(1);
    expect(await text('delete/raced.txt')).toBe(replaced.name === 'none' ? 'v2' : null);
  });
});

describe('the local S3 front: the pipeline adapter', () => {
  it('turns a stale copy or delete into PreconditionFailedError and changes nothing', async () => {
    // Prepare
    const store = new S3ObjectStore(client, BUCKET);
    const stale = await put('adapter/inbox.txt', 'one');
    await put('adapter/inbox.txt', 'two');

    // Act
    const copy = store.copy('adapter/inbox.txt', 'adapter/processed.txt', { ifMatch: stale });
    const remove = store.delete('adapter/inbox.txt', { ifMatch: stale });

    // Assess
    await expect(copy).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(remove).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await text('adapter/inbox.txt')).toBe('two');
    expect(await text('adapter/processed.txt')).toBeNull();
  });
});

describe('the local S3 front: reads', () => {
  it('answers a read whose If-Match is stale with 412', async () => {
    // Prepare
    const stale = await put('read/a.txt', 'a');
    await put('read/a.txt', 'b');

    // Act
    const refused = await failure(
      client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'read/a.txt', IfMatch: stale })),
    );

    // Assess
    expect(refused.status).toBe(412);
  });
});

describe('the local S3 front: keys the local disk cannot hold', () => {
  it('refuses a key with a 244-byte file name with a 400 that says why, and keeps serving', async () => {
    // Prepare
    const key = `inbox/${'a'.repeat(240)}.txt`;

    // Act
    const refused = await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'long' })).then(
      () => null,
      (error: Error & { $metadata: { httpStatusCode?: number } }) => error,
    );
    const read = await failure(client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key })));
    const after = await put('inbox/short.txt', 'still here');

    // Assess
    expect(refused?.name).toBe('KeyTooLongError');
    expect(refused?.$metadata.httpStatusCode).toBe(400);
    expect(refused?.message).toMatch(
      /244 bytes, over the 233 the local disk allows.*S3 itself would accept it/u,
    );
    expect(read).toEqual({ name: 'NoSuchKey', status: 404 });
    expect(after).not.toBe('');
  });

  it('refuses keys S3 would also refuse (over 1024 bytes) and keys whose . or .. segments a path would resolve', async () => {
    // Act
    const tooLong = await failure(put(`${'d/'.repeat(600)}x`, 'x'));
    const dotted = await failure(put('inbox/../outside.txt', 'x'));

    // Assess
    expect(tooLong).toEqual({ name: 'KeyTooLongError', status: 400 });
    expect(dotted).toEqual({ name: 'InvalidArgument', status: 400 });
    expect(await text('outside.txt')).toBeNull();
  });
});

describe('the local S3 front: listings', () => {
  it('lists keys in S3 byte order, and pages through them without losing any', async () => {
    // Prepare
    const keys = ['list/a/b', 'list/a', 'list/a-c', 'list/a0'];
    for (const key of keys) await put(key, key);

    // Act
    const whole = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/' }));
    const paged: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/', MaxKeys: 1, ContinuationToken: token }),
      );
      paged.push(...(page.Contents ?? []).map((o) => o.Key ?? ''));
      token = page.NextContinuationToken;
    } while (token);
    const folders = await client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/', Delimiter: '/', MaxKeys: 2 }),
    );

    // Assess
    const ordered = ['list/a', 'list/a-c', 'list/a/b', 'list/a0'];
    expect(whole.Contents?.map((o) => o.Key)).toEqual(ordered);
    expect(whole.Contents?.[0]).toMatchObject({ Size: 6, ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/u) });
    expect(paged).toEqual(ordered);
    expect(folders.Contents?.map((o) => o.Key)).toEqual(['list/a', 'list/a-c']);
    expect(folders.IsTruncated).toBe(true);
  });

  it('lists a folder once as a common prefix, across pages', async () => {
    // Prepare
    for (const key of ['tree/x/1', 'tree/x/2', 'tree/y']) await put(key, key);

    // Act
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: BUCKET,
          Prefix: 'tree/',
          Delimiter: '/',
          MaxKeys: 1,
          ContinuationToken: token,
        }),
      );
      seen.push(
        ...(page.CommonPrefixes ?? []).map((p) => `${p.Prefix}`),
        ...(page.Contents ?? []).map((o) => `${o.Key}`),
      );
      token = page.NextContinuationToken;
    } while (token);

    // Assess
    expect(seen).toEqual(['tree/x/', 'tree/y']);
  });
});
