import { adversarialReport } from './adversarial-figures.js';
import { sameOutputLine } from './ingest-same-output.js';
import { costNotes, costTable } from './report-cost.js';
import { dayReport } from './report-day.js';
import { kib, n0, n1, n2 } from './report-format.js';
import type { BenchResults } from './results.js';
import { ALL_SECTIONS, type Section } from './sections.js';
import { formatTable } from './text-table.js';

function ingestTable(r: BenchResults): string {
  const table = formatTable(
    ['data', 'files', 'accepted', 'MB text', 'first pass /s', 'steady /s', 'steady MB/s'],
    (['seeds', 'jsonl'] as const).map((name) => {
      const f = r.ingest[name];
      return [
        name === 'jsonl' ? r.inputs.jsonl : r.inputs.seeds,
        ...[f.files, f.accepted].map(n0),
        n2(f.textMB),
        ...[f.firstPassArticlesPerSecond, f.articlesPerSecond].map(n0),
        n2(f.textMBPerSecond),
      ];
    }),
  );
  return `${table}\n${sameOutputLine(r.ingest.jsonl.sameOutput)}`;
}

function scaleTable(r: BenchResults): string {
  const { scale } = r;
  return formatTable(
    [
      'articles',
      'stories',
      'group ms',
      'merge ms',
      'total ms',
      'x prev',
      'peak MiB',
      '+state MiB',
      'all pairs ms',
      'speed-up',
    ],
    scale.index.map((f, i) => {
      const s = scale.speedup[i];
      const base = s ? f.totalMs * s.ratio : Number.NaN;
      return [
        ...[f.size, f.stories, f.groupMs, f.mergeMs, f.totalMs].map(n0),
        i === 0 ? '-' : n2(scale.growth[i - 1]?.factor ?? Number.NaN),
        n0(f.peakMiB),
        n0(f.peakWithStateMiB),
        `${s?.extrapolated ? '~' : ''}${n0(base)}`,
        `${n1(s?.ratio ?? Number.NaN)}x`,
      ];
    }),
  );
}

function coldTable(r: BenchResults): string {
  const cold = r.coldStart;
  const bare = cold.imports.bare?.medianMs ?? Number.NaN;
  return formatTable(
    ['bundle', '.mjs KiB', 'gzip KiB', 'folder KiB', 'import ms', 'since start ms', 'vs bare', 'RSS MiB'],
    [
      ...Object.entries(cold.imports).map(([name, t]) => {
        // The bundle named most like the import: `ingest, no source maps` is the ingest bundle, and
        // `ingest extract-worker.mjs` its worker rather than the ingest handler.
        const b = cold.bundles
          .filter((x) => name.startsWith(x.name))
          .sort((x, y) => y.name.length - x.name.length)[0];
        return [
          name,
          ...[b?.mjsBytes, b?.mjsGzipBytes, b?.folderBytes].map((v) => kib(v ?? Number.NaN)),
          n1(t.medianMs),
          n1(t.medianSinceStartMs),
          `${n2(t.medianMs / bare)}x`,
          n0(t.rssMiB),
        ];
      }),
      // The modules not timed (other functions, chunks loaded on demand): their sizes alone.
      ...cold.bundles
        .filter((b) => !(b.name in cold.imports))
        .map((b) => [b.name, ...[b.mjsBytes, b.mjsGzipBytes, b.folderBytes].map(kib), '-', '-', '-', '-']),
    ],
  );
}

/**
 * The human-readable report: the targets first, then each measurement; only the sections in
 * `sections` (a run of some sections alone), the targets and cost only when everything ran.
 */
export function formatReport(r: BenchResults, sections: ReadonlySet<Section> = ALL_SECTIONS): string {
  const { render } = r;
  const all = sections.size === ALL_SECTIONS.size;
  const parts: [Section | 'all', string, () => string][] = [
    [
      'all',
      'Targets',
      () =>
        formatTable(
          ['target', 'measured', 'result', 'margin'],
          r.targets.map((t) => [t.target, t.measured, t.verdict, t.margin]),
        ),
    ],
    ['ingest', 'Ingest (parse, clean, extract; one thread)', () => ingestTable(r)],
    [
      'scale',
      'Grouping + key points by size (fresh process per size; ~ = extrapolated)',
      () => scaleTable(r),
    ],
    [
      'render',
      `Newsletter rendering (${render?.stories} stories)`,
      () =>
        formatTable(
          ['first render ms', 'median ms', 'p90 ms', 'HTML KiB', 'per recipient ms'],
          [
            [render.firstRenderMs, render.medianMs, render.p90Ms, render.htmlKiB, render.perRecipientMs].map(
              n1,
            ),
          ],
        ),
    ],
    ['cold-start', `Cold start (median of ${r.coldStart?.rounds} fresh processes)`, () => coldTable(r)],
    ['day', 'A day: ingested file by file, built once (median, min in brackets)', () => dayReport(r)],
    [
      'adversarial',
      'Hostile files through the extraction thread (min and median ms, slowest first)',
      () => adversarialReport(r.adversarial),
    ],
    ['all', 'Cost estimate (arm64, us-east-1 on-demand)', () => `${costTable(r.cost)}\n${costNotes(r)}`],
  ];
  return parts
    .filter(([section]) => (section === 'all' ? all : sections.has(section)))
    .map(([, title, table]) => `${title}\n${table()}`)
    .join('\n\n');
}
