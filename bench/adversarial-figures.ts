import type { IngestResult } from '../lambdas/core/extract/ingest-result.js';
import { n0 } from './report-format.js';
import type { Machine } from './results.js';
import { median, round } from './stats.js';
import { judgeTargets, type TargetResult } from './targets.js';
import { formatTable } from './text-table.js';

/** One hostile file's timed runs, as `adversarial-child.ts` emits them. */
export interface AdversarialSample {
  readonly name: string;
  readonly bytes: number;
  /** The outcome of each timed run (see {@link outcomeOf}). */
  readonly outcomes: readonly string[];
  readonly timesMs: readonly number[];
}

/** One hostile file: what came of it, and how long its reading took. */
export interface AdversarialFigures {
  readonly name: string;
  readonly bytes: number;
  readonly outcome: string;
  readonly minMs: number;
  readonly medianMs: number;
}

/** The hostile files through the production extraction path, and the slowest of them. */
export interface AdversarialSection {
  readonly inputs: readonly AdversarialFigures[];
  readonly worstMedianMs: number;
  readonly worstName: string;
  /** The per-file deadline the extraction thread enforces (`EXTRACT_DEADLINE_MS`). */
  readonly deadlineMs: number;
  readonly runs: number;
  /** How the extraction thread ran: bundled as the ingest function's, or from the sources. */
  readonly worker: string;
  readonly generatedAt: string;
  readonly machine: Machine;
}

/** The median worst time judged, besides the deadline, against this, as information. */
export const INFORMATIVE_LIMIT_MS = 1000;

/** An extraction's outcome in a few words: `article`, or `rejected: ` and the reason's start. */
export function outcomeOf(result: IngestResult): string {
  return result.ok ? 'article' : `rejected: ${result.rejection.reason.slice(0, 60)}`;
}

/**
 * Each file's minimum and median time, its outcome (the distinct outcomes joined by ` | ` when
 * runs differed, e.g. one run over the deadline), and the file with the highest median.
 */
export function summarizeAdversarial(
  samples: readonly AdversarialSample[],
): Pick<AdversarialSection, 'inputs' | 'worstMedianMs' | 'worstName'> {
  const inputs = samples.map((s) => ({
    name: s.name,
    bytes: s.bytes,
    outcome: [...new Set(s.outcomes)].join(' | '),
    minMs: round(Math.min(...s.timesMs)),
    medianMs: round(median(s.timesMs)),
  }));
  const worst = inputs.reduce<AdversarialFigures | undefined>(
    (w, f) => (w === undefined || f.medianMs > w.medianMs ? f : w),
    undefined,
  );
  return { inputs, worstMedianMs: worst?.medianMs ?? Number.NaN, worstName: worst?.name ?? '-' };
}

/** The files, slowest median first. */
export function adversarialTable(inputs: readonly AdversarialFigures[]): string {
  const ms = (v: number): string => (v < 10 ? v.toFixed(1) : n0(v));
  return formatTable(
    ['file', 'KiB', 'outcome', 'min ms', 'median ms'],
    [...inputs]
      .sort((a, b) => b.medianMs - a.medianMs)
      .map((f) => [f.name, n0(f.bytes / 1024), f.outcome, ms(f.minMs), ms(f.medianMs)]),
  );
}

/** The target: the slowest hostile file (by median) is read within the per-file deadline. */
export function evaluateAdversarialTargets(
  s: Pick<AdversarialSection, 'worstMedianMs' | 'deadlineMs'>,
): TargetResult[] {
  return judgeTargets([
    {
      text: `worst adversarial file extracts in under the per-file deadline (${s.deadlineMs / 1000} s)`,
      value: s.worstMedianMs,
      limit: s.deadlineMs,
      kind: 'max',
      show: (v) => `${n0(v)} ms`,
    },
  ]);
}

/** The table, how it was measured, the target, and the worst time against 1 s. */
export function adversarialReport(s: AdversarialSection): string {
  const share = (limit: number): string => `${Math.round((s.worstMedianMs / limit) * 100)} %`;
  return [
    adversarialTable(s.inputs),
    `- ${s.inputs.length} files, each read ${s.runs} times after one untimed read, one at a time through WorkerExtractor (${s.worker})`,
    `- worst median ${n0(s.worstMedianMs)} ms (${s.worstName}): ${share(s.deadlineMs)} of the ${s.deadlineMs / 1000} s deadline, ${share(INFORMATIVE_LIMIT_MS)} of ${INFORMATIVE_LIMIT_MS / 1000} s`,
    `- ${s.machine.cpuModel}, ${s.machine.cores} cores, load ${s.machine.loadAverage.join(' ')} at start`,
    formatTable(
      ['target', 'measured', 'result', 'margin'],
      evaluateAdversarialTargets(s).map((t) => [t.target, t.measured, t.verdict, t.margin]),
    ),
  ].join('\n');
}
