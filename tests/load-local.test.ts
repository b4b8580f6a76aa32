import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf, roundTrip } from '../scripts/local/round-trip.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';

/** 1,000 article files: the seeds and fixture articles, each copy with a line of its own, in nested folders. */
function thousandFiles(): string {
  const folder = mkdtempSync(join(tmpdir(), 'load-'));
  const sources = [
    ...readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f)),
    ...['quake.html', 'storm.json', 'election.md'].map((f) => fixturePath('articles', f)),
  ];
  for (let i = 0; i < 1000; i++) {
    const source = sources[i % sources.length] ?? '';
    const dir = join(folder, `region ${i % 10}`, `desk-${i % 3}`);
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(source, 'utf8');
    const unique = source.endsWith('.json')
      ? JSON.stringify({ ...JSON.parse(text), body: `${JSON.parse(text).body}\n\nFiled as copy ${i}.` })
      : source.endsWith('.html')
        ? text.replace('</article>', `<p>Filed as copy ${i} by the regional desk.</p></article>`)
        : `${text}\n\nFiled as copy ${i} by the regional desk.\n`;
    writeFileSync(join(dir, `${i}-${source.split('/').at(-1)}`), unique);
  }
  return folder;
}

describe('load on the local emulators', () => {
  it('takes 1,000 files uploaded 32 at a time: none lost, none in the stories twice', async ({
    annotate,
  }) => {
    // Act
    const started = performance.now();
    const trip = await roundTrip([thousandFiles()], { concurrency: 32 });
    const seconds = (performance.now() - started) / 1000;

    // Assess
    expect(problemsOf(trip)).toEqual([]);
    expect(trip.uploaded).toHaveLength(1000);
    expect(trip.disposition.processed).toHaveLength(1000);
    const keys = (trip.snapshot?.digest.stories ?? []).flatMap((s) => s.articles.map((a) => a.key));
    expect(keys).toHaveLength(1000);
    expect(new Set(keys).size).toBe(1000);
    // The timing is for people, not a pass mark: an annotation, shown by the verbose and JUnit
    // reporters (npx vitest run tests/load-local.test.ts --reporter=verbose), not in every run's output.
    await annotate(
      `1,000 files, 32 uploads at a time: ingested in ${trip.seconds.ingest.toFixed(1)} s, round trip ${seconds.toFixed(1)} s`,
      'timing',
    );
  }, 600_000);
});
