import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalAws, startLocalAws } from '../scripts/local/local-aws.js';
import { localS3Client } from '../scripts/local/local-clients.js';
import { LOCAL_SETTINGS } from '../scripts/local/local-pipeline.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const folder = mkdtempSync(join(tmpdir(), 'drop-'));
let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws(LOCAL_SETTINGS.BUCKET_NAME);
});
afterAll(async () => {
  await aws.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run local:drop', () => {
  it('reports a file whose name the local disk cannot hold as not uploaded, and uploads the others', async () => {
    // Prepare
    const long = `${'x'.repeat(240)}.txt`;
    writeFileSync(join(folder, long), 'too long a name');
    writeFileSync(join(folder, 'fine.txt'), 'a fine name');
    const env = { ...process.env, LOCAL_S3_PORT: new URL(aws.s3Endpoint).port };

    // Act
    const result = await run(TSX, ['scripts/local/drop.ts', folder], { cwd: ROOT, env }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    const fine = await localS3Client(aws.s3Endpoint).send(
      new GetObjectCommand({ Bucket: LOCAL_SETTINGS.BUCKET_NAME, Key: 'inbox/fine.txt' }),
    );

    // Assess
    expect(result).toMatchObject({ code: 1, stdout: 'uploaded inbox/fine.txt\n' });
    expect(result.stderr).toContain(
      `not uploaded inbox/${long}: KeyTooLongError: The local S3 cannot store this key`,
    );
    expect(result.stderr).toContain('1 of 2 files not uploaded');
    expect(await fine.Body?.transformToString()).toBe('a fine name');
  }, 30_000);
});
