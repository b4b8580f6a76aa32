import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CountingStore } from '../bench/counting-store.js';
import { type DayRun, summarizeDay } from '../bench/day-figures.js';
import { evaluateDayTargets } from '../bench/day-targets.js';
import { FolderStore, writeFolder } from '../bench/folder-store.js';
import { heapLimitFor } from '../bench/limited-run.js';
import { dayTable } from '../bench/report-day.js';
import { parseDaySizes, parseSections } from '../bench/sections.js';
import { DEFAULT_MAX_EDITION_ARTICLES } from '../lambdas/core/limits.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';

const run = (ingestMsPerArticle: number, buildMs: number | null, peak = 500): DayRun => ({
  articles: 1000,
  accepted: 990,
  records: 1000,
  firstBatchMs: 900,
  ingestMs: ingestMsPerArticle * 1000,
  ingestMsPerArticle,
  cpuMsPerArticle: ingestMsPerArticle,
  storedBytes: 3_500_000,
  build:
    buildMs === null
      ? null
      : {
          taken: 1000,
          deferred: 0,
          stories: 90,
          buildMs,
          rssStartMiB: 130,
          buildPeakMiB: peak,
          renderMs: 500,
          peakWithRenderMiB: peak + 10,
          peakMethod: 'VmHWM after clear_refs',
          heapLimitMiB: 1900,
          snapshotBytes: 500_000,
        },
  buildFailure: buildMs === null ? 'V8 heap out of memory' : null,
});

describe('summarizeDay', () => {
  it('takes the median and the minimum of the runs, builds that ran out of memory left out and counted', () => {
    // Act
    const day = summarizeDay([run(2, 3000, 600), run(1.5, null), run(1.8, 2000, 500)]);

    // Assess
    expect(day).toMatchObject({ articles: 1000, ingestMsPerArticle: 1.8, buildMs: 2500, buildPeakMiB: 550 });
    expect(day.min).toEqual({ ingestMsPerArticle: 1.5, buildMs: 2000, buildPeakMiB: 500 });
    expect(day).toMatchObject({ maxBuildPeakMiB: 600, builds: 2, buildFailures: 1 });
  });
});

describe('dayTable', () => {
  it('shows the median with the minimum in brackets, and a build out of memory as such', () => {
    // Prepare
    const days = [summarizeDay([run(2, 3000, 600), run(1.5, 2000, 500)]), summarizeDay([run(1, null)])];

    // Act
    const table = dayTable(days);

    // Assess
    expect(table).toContain('1.75 (1.50)');
    expect(table).toContain('2,500 (2,000)');
    expect(table).toContain('out of memory');
  });
});

describe('evaluateDayTargets', () => {
  const day = (articles: number, ingest: number, peak: number, failed = false) => ({
    ...summarizeDay([run(ingest, failed ? null : 1000, peak)]),
    articles,
  });

  it('judges the ingest ratio and the peaks against two thirds of the memory', () => {
    // Act
    const results = evaluateDayTargets(
      [day(1000, 2, 300), day(20_000, 2.4, 1300), day(25_000, 2.5, 1400)],
      2048,
      25_000,
    );

    // Assess
    expect(results.map((r) => r.verdict)).toEqual(['pass', 'pass', 'MISS']);
    expect(results[0]?.measured).toBe('1.20x');
  });

  it('counts a build that ran out of memory as missed', () => {
    // Act
    const results = evaluateDayTargets([day(20_000, 2, 0, true)], 1024, 20_000);

    // Assess
    expect(results.map((r) => [r.verdict, r.measured, r.margin])).toEqual([
      ['not measured', '-', '-'],
      ['MISS', 'out of memory', 'missed'],
    ]);
  });
});

describe('bench options', () => {
  it('runs every section unless told which, and refuses names it does not know', () => {
    expect(parseSections(undefined).size).toBe(6);
    expect([...parseSections('day')]).toEqual(['day']);
    expect(() => parseSections('day,costs')).toThrow(/costs/);
  });

  it('measures the days up to the edition cap, and 100,000 only when asked', () => {
    expect(parseDaySizes(undefined, false)).toEqual([1000, 5000, 20_000, DEFAULT_MAX_EDITION_ARTICLES]);
    expect(parseDaySizes('1000', true)).toEqual([1000, 100_000]);
    expect(() => parseDaySizes('1000,x', false)).toThrow(/day-sizes/);
  });

  it("gives V8 the heap Lambda's bootstrap gives it, about 90 % of the memory", () => {
    expect(heapLimitFor(2048)).toBe(1843);
  });
});

describe('FolderStore', () => {
  let folder = '';
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('serves the objects written to its folder, and keeps its own writes and deletes in memory', async () => {
    // Prepare
    folder = await mkdtemp(join(tmpdir(), 'folder-store-'));
    await writeFolder(folder, [
      ['records/a/b.json', new TextEncoder().encode('{"a":1}')],
      ['records/c.json', new TextEncoder().encode('{}')],
    ]);
    const store = await FolderStore.open(folder);

    // Act
    const listed = [];
    for await (const o of store.list('records/')) listed.push(o);
    const body = await store.get('records/a/b.json');
    await store.delete('records/c.json', { ifMatch: listed[1]?.etag });
    await store.put('editions/x.json', 'snapshot', { ifNoneMatch: '*' });

    // Assess
    expect(listed.map((o) => [o.key, o.size])).toEqual([
      ['records/a/b.json', 7],
      ['records/c.json', 2],
    ]);
    expect(new TextDecoder().decode(body?.body)).toBe('{"a":1}');
    expect(await store.head('records/c.json')).toBeNull();
    await expect(store.put('editions/x.json', 'again', { ifNoneMatch: '*' })).rejects.toThrow();
  });
});

describe('CountingStore', () => {
  it('counts each request by kind, and passes it through', async () => {
    // Prepare
    const store = new CountingStore(new MemoryStore());

    // Act
    await store.put('a', 'x');
    await store.head('a');
    await store.get('a');
    await store.copy('a', 'b');
    await store.delete('a');
    for await (const _ of store.list('')) void _;

    // Assess
    expect(store.counts).toEqual({ head: 1, get: 1, put: 1, copy: 1, delete: 1, list: 1 });
  });
});
