import { costNotes, costTable } from './report-cost.js';
import { kib, n0, n1, n2 } from './report-format.js';
import type { BenchResults } from './results.js';
import { formatTable } from './text-table.js';

function ingestTable(r: BenchResults): string {
  return formatTable(
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
    [
      'bundle',
      'index.mjs KiB',
      'gzip KiB',
      'folder KiB',
      'import ms',
      'since start ms',
      'vs bare',
      'RSS MiB',
    ],
    Object.entries(cold.imports).map(([name, t]) => {
      const b = cold.bundles.find((x) => name.startsWith(x.name));
      return [
        name,
        ...[b?.mjsBytes, b?.mjsGzipBytes, b?.folderBytes].map((v) => kib(v ?? Number.NaN)),
        n1(t.medianMs),
        n1(t.medianSinceStartMs),
        `${n2(t.medianMs / bare)}x`,
        n0(t.rssMiB),
      ];
    }),
  );
}

/** The human-readable report: the targets first, then each measurement. */
export function formatReport(r: BenchResults): string {
  const { render } = r;
  const sections: [string, string][] = [
    [
      'Targets',
      formatTable(
        ['target', 'measured', 'result', 'margin'],
        r.targets.map((t) => [t.target, t.measured, t.verdict, t.margin]),
      ),
    ],
    ['Ingest (parse, clean, extract; one thread)', ingestTable(r)],
    ['Grouping + key points by size (fresh process per size; ~ = extrapolated)', scaleTable(r)],
    [
      `Newsletter rendering (${render.stories} stories)`,
      formatTable(
        ['first render ms', 'median ms', 'p90 ms', 'HTML KiB', 'per recipient ms'],
        [
          [render.firstRenderMs, render.medianMs, render.p90Ms, render.htmlKiB, render.perRecipientMs].map(
            n1,
          ),
        ],
      ),
    ],
    [`Cold start (median of ${r.coldStart.rounds} fresh processes)`, coldTable(r)],
    ['Cost estimate (arm64, us-east-1 on-demand)', `${costTable(r.cost)}\n${costNotes(r)}`],
  ];
  return sections.map(([title, table]) => `${title}\n${table}`).join('\n\n');
}
