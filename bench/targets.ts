/** The targets, and how a measurement compares with each. */

import { type ColdStartFigures, coldStartTargets } from './cold-start-targets.js';

/** The figures the targets are judged on; NaN when not measured (e.g. a size left out). */
export interface TargetInputs extends ColdStartFigures {
  /** Steady ingest throughput on ECB+-sized articles, files per second on one core. */
  readonly ingestPerSecond: number;
  /** Grouping and merging key points of 16,000 articles, ms. */
  readonly scale16kMs: number;
  /** The largest growth factor from one size to its double. */
  readonly worstDoubling: number;
  /** All-pairs baseline time over the engine's, at 16,000 articles. */
  readonly speedup16k: number;
  /** Peak memory of the process grouping and merging 16,000 articles, MiB. */
  readonly scale16kPeakMiB: number;
  /** Median render of the 25-story digest after warm-up, ms. */
  readonly renderMs: number;
}

/** One target's verdict. */
export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly verdict: 'pass' | 'MISS' | 'not measured';
  /** How far from the limit, as a share of it: to spare, or missed by. */
  readonly margin: string;
}

/** A figure and the limit it is judged against. */
export interface Target {
  readonly text: string;
  readonly value: number;
  readonly limit: number;
  /** `min`: the value must reach the limit; `max`: it must stay within it. */
  readonly kind: 'min' | 'max';
  readonly show: (v: number) => string;
}

/** Judges the figures against the targets. */
export function evaluateTargets(f: TargetInputs): TargetResult[] {
  const targets: Target[] = [
    {
      text: 'ingest >= 2,000 articles/s per core (JSONL)',
      value: f.ingestPerSecond,
      limit: 2000,
      kind: 'min',
      show: (v) => `${v.toFixed(0)} /s`,
    },
    {
      text: 'group + merge 16,000 articles < 10 s',
      value: f.scale16kMs,
      limit: 10_000,
      kind: 'max',
      show: (v) => `${(v / 1000).toFixed(2)} s`,
    },
    {
      text: 'each doubling <= 2.3x',
      value: f.worstDoubling,
      limit: 2.3,
      kind: 'max',
      show: (v) => `worst ${v.toFixed(2)}x`,
    },
    {
      text: '>= 60x faster than all pairs at 16k',
      value: f.speedup16k,
      limit: 60,
      kind: 'min',
      show: (v) => `${v.toFixed(1)}x`,
    },
    {
      text: 'group + merge 16,000 articles peaks <= 400 MiB',
      value: f.scale16kPeakMiB,
      limit: 400,
      kind: 'max',
      show: (v) => `${v.toFixed(0)} MiB`,
    },
    ...coldStartTargets(f),
    {
      text: 'render 25 stories < 100 ms (warm)',
      value: f.renderMs,
      limit: 100,
      kind: 'max',
      show: (v) => `${v.toFixed(1)} ms`,
    },
  ];
  return judgeTargets(targets);
}

/** Each figure against its limit: met with what to spare, or missed by how much. */
export function judgeTargets(targets: readonly Target[]): TargetResult[] {
  return targets.map((t) => {
    // NaN: not measured. Infinity: no figure because the work failed (e.g. out of memory).
    if (Number.isNaN(t.value)) return { target: t.text, measured: '-', verdict: 'not measured', margin: '-' };
    // Positive when over the limit the wrong way: the excess of a maximum, the shortfall of a minimum.
    const over = ((t.kind === 'min' ? t.limit - t.value : t.value - t.limit) / t.limit) * 100;
    const pass = over <= 0;
    return {
      target: t.text,
      measured: t.show(t.value),
      verdict: pass ? 'pass' : 'MISS',
      margin: pass
        ? `${Math.round(-over)} % to spare`
        : Number.isFinite(over)
          ? `missed by ${Math.round(over)} %`
          : 'missed',
    };
  });
}
