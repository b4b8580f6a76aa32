import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../lambdas/core/index.js';
import { fixturePath, SEEDS_DIR, squash } from './helpers.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function digest(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/digest.ts', ...args], { cwd: ROOT });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'digest-test-'));

describe('npm run digest', () => {
  it('lists a file with the same text as another as its copy, in digest.json and on the console', async () => {
    // Prepare
    const input = tempDir();
    const out = tempDir();
    cpSync(SEEDS_DIR, input, { recursive: true });
    mkdirSync(join(input, 'wire'));
    cpSync(join(SEEDS_DIR, '003_244b8d813f4475ac.txt'), join(input, 'wire', 'copy.txt'));

    // Act
    const result = await digest([input, '--out', out]);

    // Assess
    const written: Digest = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    const listed = written.stories.flatMap((s) => s.articles);
    expect(listed.map((a) => a.key)).not.toContain('wire/copy.txt');
    expect(listed.find((a) => a.key === '003_244b8d813f4475ac.txt')?.copies).toEqual(['wire/copy.txt']);
    expect(result.stdout).toContain('copy wire/copy.txt: same text as 003_244b8d813f4475ac.txt');
  });

  it('writes digest.json, newsletter.html and newsletter.txt for the seeds', async () => {
    // Prepare
    const out = tempDir();

    // Act
    const result = await digest([SEEDS_DIR, '--out', out, '--edition', '2024-05-17']);

    // Assess
    expect(result.code).toBe(0);
    const written: Digest = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(written.edition).toBe('2024-05-17');
    expect(written.rejected).toEqual([]);
    const keys = written.stories.flatMap((s) => s.articles.map((a) => a.key)).sort();
    expect(keys).toEqual([
      '000_91234ff0336afd09.txt',
      '001_77eaf09eaff0a2d4.txt',
      '002_15da92df3a7738be.txt',
      '003_244b8d813f4475ac.txt',
      '004_41a3ba1b02c85ae1.txt',
    ]);
    for (const story of written.stories) {
      expect(story).toEqual({
        id: expect.any(String),
        headline: expect.any(String),
        articles: expect.any(Array),
        keyPoints: expect.any(Array),
      });
      for (const point of story.keyPoints) {
        expect(point.articleKeys.length).toBeGreaterThan(0);
        const sources = point.articleKeys.map((k) => squash(readFileSync(join(SEEDS_DIR, k), 'utf8')));
        expect(sources.some((s) => s.includes(squash(point.text)))).toBe(true);
      }
    }
    const html = readFileSync(join(out, 'newsletter.html'), 'utf8');
    const text = readFileSync(join(out, 'newsletter.txt'), 'utf8');
    const page = parseHTML(html).document.body.textContent ?? '';
    for (const story of written.stories) {
      expect(text).toContain(story.headline.toUpperCase());
      expect(page).toContain(story.headline);
      for (const point of story.keyPoints) expect(squash(page)).toContain(squash(point.text));
    }
    expect(result.stdout).toContain(`subject: News Digest, 17 May: ${written.stories[0]?.headline}`);
  });

  it('rejects bad files with reasons, reads sub-folders, and still processes every good file', async () => {
    const input = tempDir();
    cpSync(fixturePath('bad'), join(input, 'bad'), { recursive: true });
    mkdirSync(join(input, 'good', 'deeper'), { recursive: true });
    cpSync(fixturePath('articles', 'storm.json'), join(input, 'good', 'deeper', 'storm.json'));
    cpSync(fixturePath('articles', 'quake.html'), join(input, 'good', 'quake.html'));
    const out = tempDir();

    const result = await digest([input, '--out', out]);

    expect(result.code).toBe(0);
    const written: Digest = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(written.stories.flatMap((s) => s.articles.map((a) => a.key)).sort()).toEqual([
      'good/deeper/storm.json',
      'good/quake.html',
    ]);
    expect(written.rejected.map((r) => r.key)).toEqual([
      'bad/blank.md',
      'bad/broken.json',
      'bad/empty.txt',
      'bad/headings-only.txt',
      'bad/no-text.json',
      'bad/not-an-object.json',
      'bad/photo-renamed.txt',
      'bad/photo.png',
      'bad/scan.pdf',
      'bad/spreadsheet.csv',
    ]);
    for (const r of written.rejected) expect(r.reason.length).toBeGreaterThan(10);
    expect(result.stdout).toContain('rejected bad/scan.pdf: the file holds a PDF document');
  });

  it('applies a configured size limit', async () => {
    const out = tempDir();

    const result = await digest([SEEDS_DIR, '--out', out, '--max-bytes', '3000']);

    const written: Digest = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(result.code).toBe(0);
    expect(written.rejected.map((r) => r.key)).toEqual([
      '003_244b8d813f4475ac.txt',
      '004_41a3ba1b02c85ae1.txt',
    ]);
  });

  it('fails with a one-line error and a non-zero exit when the input folder is missing', async () => {
    const result = await digest([join(tempDir(), 'nowhere'), '--out', tempDir()]);

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^digest: input folder not found: /u);
  });
});
