import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './helpers.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

describe('npm run eval', () => {
  it('scores the grouping of a labelled JSONL file with BCubed', async () => {
    // Act
    const { stdout } = await run(TSX, ['scripts/eval.ts', fixturePath('eval', 'seeds.jsonl')], { cwd: ROOT });

    // Assess
    expect(stdout).toContain('articles   5 (0 rejected)');
    expect(stdout).toContain('stories    2 predicted, 2 gold');
    expect(stdout).toMatch(/BCubed\s+precision 1\.000\s+recall 1\.000\s+F1 1\.000/u);
    expect(stdout).toMatch(/grouping \+ key points \d+ ms/u);
  });

  it('fails with a usage line when no file is given', async () => {
    const error = await run(TSX, ['scripts/eval.ts'], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );

    expect(error).toMatchObject({ code: 1, stderr: expect.stringContaining('usage: npm run eval') });
  });
});
