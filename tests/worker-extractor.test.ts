import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerExtractor } from '../lambdas/adapters/worker-extractor.js';
import { ingestFile } from '../lambdas/core/index.js';
import { readFixture, SEEDS_DIR } from './helpers.js';

const FAULTY = new URL('./fixtures/workers/faulty-extract-worker.ts', import.meta.url);
const seed = readFileSync(join(SEEDS_DIR, '003_244b8d813f4475ac.txt'));
const settings = { maxBytes: 5_000_000 };

let extractor: WorkerExtractor;
afterEach(async () => {
  await extractor.close();
});

describe('WorkerExtractor', () => {
  it('reads a file in its worker thread into the same article the engine makes', async () => {
    // Prepare
    extractor = new WorkerExtractor();

    // Act
    const result = await extractor.extract({ key: 'cnn/003.txt', bytes: seed }, settings);

    // Assess
    expect(result.ok && result.article).toMatchObject({ key: 'cnn/003.txt', outlet: 'CNN' });
    expect(result.ok && result.article.keyPoints.length).toBeGreaterThan(2);
  });

  it('reads HTML and Markdown into the articles the engine makes, their readers loaded as they arrive', async () => {
    // Prepare
    extractor = new WorkerExtractor();
    const files = ['quake.html', 'election.md', 'storm.json'].map((key) => ({
      key,
      bytes: readFixture('articles', key),
    }));

    // Act
    const results = await Promise.all(files.map((file) => extractor.extract(file, settings)));

    // Assess
    expect(results).toEqual(files.map((file) => ingestFile(file, settings)));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('rejects a file that outlives its deadline, and reads the next file in a new thread', async () => {
    // Prepare
    extractor = new WorkerExtractor({ deadlineMs: 1_500, memoryMb: 256, entry: FAULTY });

    // Act
    const hung = await extractor.extract({ key: 'hang.txt', bytes: seed }, settings);
    const next = await extractor.extract({ key: 'after.txt', bytes: seed }, settings);

    // Assess
    expect(hung).toEqual({
      ok: false,
      rejection: {
        key: 'hang.txt',
        reason:
          'reading the file took longer than 1.5 s, the limit for one article; its markup may be pathological',
      },
    });
    expect(next.ok).toBe(true);
  });

  it('rejects a file that runs out of its heap, a crash and an exit, each alone', async () => {
    // Prepare
    extractor = new WorkerExtractor({ deadlineMs: 60_000, memoryMb: 64, entry: FAULTY });
    const keys = ['hog.txt', 'ok-1.txt', 'crash.txt', 'ok-2.txt', 'exit.txt', 'ok-3.txt'];

    // Act: all at once, as a batch hands them over.
    const results = await Promise.all(keys.map((key) => extractor.extract({ key, bytes: seed }, settings)));

    // Assess
    const reasons = results.map((r) => (r.ok ? 'article' : r.rejection.reason));
    expect(reasons).toEqual([
      'reading the file needed more than 64 MB of memory, the limit for one article',
      'article',
      'the file could not be processed (the reader fell over)',
      'article',
      'the file could not be processed (its reader stopped)',
      'article',
    ]);
  });

  it('replaces a thread that ended between files instead of handing it the next file', async () => {
    // Prepare: the thread answers, then ends on its own while idle.
    extractor = new WorkerExtractor({ deadlineMs: 5_000, memoryMb: 256, entry: FAULTY });
    await extractor.extract({ key: 'leave.txt', bytes: seed }, settings);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Act
    const result = await extractor.extract({ key: 'next.txt', bytes: seed }, settings);

    // Assess
    expect(result.ok).toBe(true);
  });
});
