import type { DayFigures } from './day-figures.js';
import { evaluateDayTargets } from './day-targets.js';
import { n0, n1, n2 } from './report-format.js';
import type { BenchResults } from './results.js';
import { formatTable } from './text-table.js';

const MB = 1e6;
const both = (median: number | null, min: number | null, show: (v: number) => string): string =>
  median === null ? 'out of memory' : `${show(median)} (${show(min ?? Number.NaN)})`;

/** The days side by side: median of the runs, minimum in brackets. */
export function dayTable(day: readonly DayFigures[]): string {
  return formatTable(
    [
      'articles',
      'ingest ms/article',
      'stored MB',
      'bytes/article',
      'build ms',
      'build peak MiB',
      'max peak',
      'runs',
    ],
    day.map((d) => [
      n0(d.articles),
      both(d.ingestMsPerArticle, d.min.ingestMsPerArticle, n2),
      n1(d.storedBytes / MB),
      n0(d.storedBytes / d.articles),
      both(d.buildMs, d.min.buildMs, n0),
      both(d.buildPeakMiB, d.min.buildPeakMiB, n0),
      n0(d.maxBuildPeakMiB ?? Number.NaN),
      `${d.builds}/${d.runs.length}`,
    ]),
  );
}

/** The day table, how it was measured, and its targets. */
export function dayReport(r: Pick<BenchResults, 'day' | 'daySettings'>): string {
  const s = r.daySettings;
  const targets = evaluateDayTargets(r.day, s.newsletterMemoryMb, s.maxArticles);
  return [
    dayTable(r.day),
    `- ingest: batches of ${s.batchSize} through ingestObjects and the WorkerExtractor, one process per run; build: openEdition, bundled, --max-old-space-size=${s.maxOldSpaceSizeMb}${s.cgroupMiB === null ? ' (no cgroup here)' : ` in a ${s.cgroupMiB} MiB cgroup`}, as a ${s.newsletterMemoryMb} MB newsletter function; cap ${n0(s.maxArticles)} articles`,
    `- ${s.machine.cpuModel}, ${s.machine.cores} cores, load ${s.machine.loadAverage.join(' ')} at start`,
    formatTable(
      ['target', 'measured', 'result', 'margin'],
      targets.map((t) => [t.target, t.measured, t.verdict, t.margin]),
    ),
  ].join('\n');
}
