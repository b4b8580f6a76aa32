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
    expect(stdout).toMatch(/fact pairs \d{3} \(same \d+, a-carries-b \d+/u);
    expect(stdout).toMatch(/same fact\s+isSameKeyPoint\s+precision \d\.\d{3}/u);
  });

  it('scores fact alignment on a pair file given with --pairs, as JSON with --json', async () => {
    // Act
    const { stdout } = await run(
      TSX,
      [
        'scripts/eval.ts',
        fixturePath('eval', 'seeds.jsonl'),
        '--pairs',
        fixturePath('fact-pairs', 'tiny.jsonl'),
        '--json',
      ],
      { cwd: ROOT },
    );

    // Assess
    const report = JSON.parse(stdout);
    expect(report.grouping).toMatchObject({ articles: 5, rejected: 0, stories: 2 });
    expect(report.facts).toMatchObject({ pairs: 4, labels: { same: 1, 'a-carries-b': 1, different: 1 } });
    expect(report.facts.scorers[0]).toMatchObject({ name: 'word containment', direction: { total: 2 } });
    expect(report.facts.scorers[0].curve).toHaveLength(13);
  });

  it('prints the curve as a table of thresholds', async () => {
    // Act
    const { stdout } = await run(
      TSX,
      [
        'scripts/eval.ts',
        fixturePath('eval', 'seeds.jsonl'),
        '--pairs',
        fixturePath('fact-pairs', 'tiny.jsonl'),
      ],
      { cwd: ROOT },
    );

    // Assess
    expect(stdout).toContain('fact pairs 4 (same 1, a-carries-b 1, b-carries-a 1, different 1)');
    // One column group per scorer: the word-containment baseline and the engine's carriedShare.
    expect(stdout).toMatch(/^0\.30(?:\s+(?:\d\.\d{3}|NaN)){6}$/mu);
    expect(stdout).toMatch(/carriedShare: direction right in \d of 2/u);
    expect(stdout).toMatch(/^0\.90\s/mu);
    expect(stdout).toMatch(/word containment: direction right in \d of 2/u);
  });

  it('fails with a usage line when no file is given', async () => {
    const error = await run(TSX, ['scripts/eval.ts'], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );

    expect(error).toMatchObject({ code: 1, stderr: expect.stringContaining('usage: npm run eval') });
  });
});
