import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { localS3Client } from '../scripts/local/local-clients.js';
import { LOCAL_SETTINGS } from '../scripts/local/local-pipeline.js';
import { dispositionOf } from '../scripts/local/verify-round-trip.js';
import { SEEDS_DIR } from './helpers.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
// Ports of their own, so this test never meets another local AWS on the machine.
const ports = {
  LOCAL_S3_PORT: String(41000 + Math.floor(Math.random() * 2000)),
  LOCAL_SES_PORT: String(43000 + Math.floor(Math.random() * 2000)),
  LOCAL_WEB_PORT: String(45000 + Math.floor(Math.random() * 2000)),
};
// A bucket folder of its own, not the project's .local/s3/, which `npm run local` keeps.
const env = { ...process.env, ...ports, LOCAL_S3_DIR: mkdtempSync(join(tmpdir(), 'local-s3-')) };

function waitFor(child: ChildProcess, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`"${text}" not printed; got: ${seen}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve(seen);
      }
    });
  });
}

describe('npm run local, local:drop and local:send', () => {
  it('runs the pipeline until Ctrl-C, takes dropped files, sends, and stops cleanly', async () => {
    // Prepare
    const local = spawn(TSX, ['scripts/local/run-local.ts'], { cwd: ROOT, env });
    const exited = new Promise<number | null>((resolve) => local.on('exit', (code) => resolve(code)));
    const banner = await waitFor(local, 'Press Ctrl-C to stop.');

    try {
      // Act
      const drop = await run(TSX, ['scripts/local/drop.ts', SEEDS_DIR], { cwd: ROOT, env });
      const client = localS3Client(`http://127.0.0.1:${ports.LOCAL_S3_PORT}`);
      const keys = drop.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace('uploaded ', ''));
      for (
        let tries = 0;
        (await dispositionOf(client, LOCAL_SETTINGS.BUCKET_NAME, keys)).processed.length < keys.length;
        tries++
      ) {
        if (tries > 150) throw new Error('the dropped files were not ingested within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const send = await run(TSX, ['scripts/local/send.ts'], { cwd: ROOT, env });
      const mailbox = (await (await fetch(`http://127.0.0.1:${ports.LOCAL_SES_PORT}/store`)).json()) as {
        emails: unknown[];
      };
      const index = await fetch(`http://127.0.0.1:${ports.LOCAL_WEB_PORT}/`);
      const indexHtml = await index.text();
      local.kill('SIGINT');
      const code = await exited;

      // Assess
      expect(banner).toContain(`S3 endpoint     http://127.0.0.1:${ports.LOCAL_S3_PORT}`);
      expect(banner).toContain(`SES viewer      http://127.0.0.1:${ports.LOCAL_SES_PORT}/`);
      expect(banner).toContain(`Web copies      http://127.0.0.1:${ports.LOCAL_WEB_PORT}/`);
      // local:send, another process, published the edition where npm run local serves it.
      expect(index.status).toBe(200);
      expect(indexHtml).toContain('1 edition, newest first');
      expect(drop.stdout.trim().split('\n')).toHaveLength(5);
      expect(JSON.parse(send.stdout.slice(0, send.stdout.lastIndexOf('}') + 1))).toMatchObject({
        stories: 2,
        sent: 2,
        failed: [],
      });
      expect(mailbox.emails).toHaveLength(2);
      expect(code).toBe(0);
    } finally {
      // A failed step must not leave the emulators holding their ports.
      if (local.exitCode === null) local.kill('SIGKILL');
    }
  }, 90_000);

  it('local:drop says what to do when nothing is running', async () => {
    const error = await run(TSX, ['scripts/local/drop.ts', SEEDS_DIR], {
      cwd: ROOT,
      env: { ...process.env, LOCAL_S3_PORT: '1' },
    }).catch((e: { code: number; stderr: string }) => e);

    expect(error).toMatchObject({ code: 1, stderr: expect.stringContaining('Is `npm run local` running') });
  });
});
