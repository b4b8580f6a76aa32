import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { keepLocalS3In, startLocalAws } from '../scripts/local/local-aws.js';
import { localS3Client } from '../scripts/local/local-clients.js';

const parent = mkdtempSync(join(tmpdir(), 'kept-s3-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('a local AWS kept in a folder (npm run local)', () => {
  it('creates the folder and bucket once, and finds its objects again after a restart', async () => {
    // Prepare
    const folder = join(parent, 'nested', 's3');
    keepLocalS3In(folder);
    const first = await startLocalAws('kept-bucket');
    await localS3Client(first.s3Endpoint).send(
      new PutObjectCommand({ Bucket: 'kept-bucket', Key: 'inbox/story.txt', Body: 'kept' }),
    );
    await first.stop();

    // Act
    const second = await startLocalAws('kept-bucket');
    const object = await localS3Client(second.s3Endpoint).send(
      new GetObjectCommand({ Bucket: 'kept-bucket', Key: 'inbox/story.txt' }),
    );
    const body = await object.Body?.transformToString();
    await second.stop();

    // Assess
    expect(first.directory).toBe(folder);
    expect(body).toBe('kept');
    expect(existsSync(join(folder, 'kept-bucket'))).toBe(true);
  });
});
