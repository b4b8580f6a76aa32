import { join } from 'node:path';
import { runChild } from './child-io.js';
import { fitPowerLaw, type Growth, growthFactors, type PowerLaw } from './growth.js';
import type { BaselineFigures, IndexFigures } from './scale-measure.js';

/** Grouping at growing sizes, beside the all-pairs baseline. */
export interface ScaleSection {
  readonly corpus: { readonly articles: number; readonly inputLines: number; readonly buildMs: number };
  /** The fastest run at each size: noise on a shared machine only ever adds time. */
  readonly index: IndexFigures[];
  /** Every run of the engine, in the order run. */
  readonly indexRuns: IndexFigures[];
  readonly baseline: BaselineFigures[];
  /** Growth of the engine's time (grouping and key points) from each size to the next. */
  readonly growth: Growth[];
  /** `ms = a * size^b` fitted to the engine's times: `b` is the order of growth over the sizes measured. */
  readonly fit: PowerLaw;
  /** The baseline's time over the engine's, per size (full baseline where measured, else extrapolated). */
  readonly speedup: { readonly size: number; readonly ratio: number; readonly extrapolated: boolean }[];
}

/** Options of the scale benchmark. */
export interface ScaleOptions {
  readonly jsonl: string;
  readonly sizes: readonly number[];
  /** Runs of the engine at each size, in rounds over all sizes so a noisy moment hits one run only. */
  readonly repeats: number;
  /** The largest size at which the baseline compares every pair; above, it is sampled. */
  readonly fullPairsUpTo: number;
  readonly workDir: string;
  readonly log: (line: string) => void;
}

/** Says, for each size, whether every run's stories were the reference grouping's (see `scale-groups.ts`). */
function reportGroupCheck(runs: readonly IndexFigures[], log: (line: string) => void): void {
  for (const size of new Set(runs.map((r) => r.size))) {
    const checks = runs.filter((r) => r.size === size).map((r) => r.sameGroupsAsReference);
    if (checks.includes(false)) log(`scale: at ${size} the stories DIFFER from the reference grouping's`);
    else if (checks.includes(null))
      log(`scale: at ${size} no reference grouping of these articles to compare with`);
    else log(`scale: at ${size} the stories are the reference grouping's, in every run`);
  }
}

/**
 * Builds the articles once (real ones, then reworded copies), then measures each size in a fresh
 * process: the engine, and the baseline in full up to `fullPairsUpTo` and sampled from there
 * (both at that size, so the extrapolation can be checked against the full run).
 */
export async function runScale(options: ScaleOptions): Promise<ScaleSection> {
  const corpusFile = join(options.workDir, 'corpus.jsonl');
  const largest = Math.max(...options.sizes);
  options.log(`scale: building ${largest} articles from ${options.jsonl}`);
  const corpus = await runChild<{ articles: number; base: number; ms: number }>('corpus-child.ts', [
    ...['--jsonl', options.jsonl, '--size', String(largest), '--out', corpusFile],
  ]);
  const child = (size: number, mode: string) => [
    '--corpus',
    corpusFile,
    '--size',
    String(size),
    '--mode',
    mode,
  ];
  const indexRuns: IndexFigures[] = [];
  for (let round = 1; round <= options.repeats; round++) {
    for (const size of options.sizes) {
      options.log(`scale: engine at ${size} (run ${round} of ${options.repeats})`);
      indexRuns.push(await runChild<IndexFigures>('scale-child.ts', child(size, 'index')));
    }
  }
  const baseline: BaselineFigures[] = [];
  for (const size of options.sizes) {
    for (const mode of ['all-pairs', 'all-pairs-sampled']) {
      if (mode === 'all-pairs' ? size > options.fullPairsUpTo : size < options.fullPairsUpTo) continue;
      options.log(`scale: ${mode} at ${size}`);
      baseline.push(await runChild<BaselineFigures>('scale-child.ts', child(size, mode)));
    }
  }
  reportGroupCheck(indexRuns, options.log);
  const index = options.sizes.map((size) =>
    indexRuns.filter((f) => f.size === size).reduce((best, f) => (f.totalMs < best.totalMs ? f : best)),
  );
  const points = index.map((f) => ({ size: f.size, ms: f.totalMs }));
  const speedup = index.map((f) => {
    const base =
      baseline.find((b) => b.size === f.size && !b.sampled) ?? baseline.find((b) => b.size === f.size);
    return { size: f.size, ratio: (base?.totalMs ?? Number.NaN) / f.totalMs, extrapolated: !!base?.sampled };
  });
  return {
    corpus: { articles: corpus.articles, inputLines: corpus.base, buildMs: corpus.ms },
    index,
    indexRuns,
    baseline,
    growth: growthFactors(points),
    // A single size has no order of growth.
    fit: points.length > 1 ? fitPowerLaw(points) : { a: Number.NaN, b: Number.NaN },
    speedup,
  };
}
