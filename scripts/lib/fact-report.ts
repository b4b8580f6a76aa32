import { carriesDecisions, type DirectionScore, directionalAccuracy } from './direction-metrics.js';
import { FACT_LABELS, type FactLabel, type FactPair } from './fact-pairs.js';
import type { NamedScorer } from './fact-scorers.js';
import {
  bestAtPrecision,
  type CurvePoint,
  type PrecisionRecall,
  sameCurve,
  sameDecisions,
} from './pair-metrics.js';

/** Precision the merge needs before it may drop a sentence as already stated. */
export const MIN_PRECISION = 0.9;

export interface ScorerReport {
  readonly name: string;
  readonly curve: readonly CurvePoint[];
  readonly best: CurvePoint | undefined;
  readonly direction: DirectionScore;
  readonly carries: PrecisionRecall & { readonly threshold: number };
}

export interface FactReport {
  readonly pairs: number;
  readonly labels: Readonly<Record<FactLabel, number>>;
  readonly sameKeyPoint: PrecisionRecall;
  readonly scorers: readonly ScorerReport[];
}

/** Scores the merge's yes/no test and every directional scorer on the labelled pairs. */
export function factReport(
  pairs: readonly FactPair[],
  same: (a: string, b: string) => boolean,
  scorers: readonly NamedScorer[],
  carriesAt: number,
): FactReport {
  const labels = Object.fromEntries(FACT_LABELS.map((l) => [l, pairs.filter((p) => p.label === l).length]));
  return {
    pairs: pairs.length,
    labels: labels as Record<FactLabel, number>,
    sameKeyPoint: sameDecisions(pairs, same),
    scorers: scorers.map((s) => {
      const curve = sameCurve(pairs, s.carries);
      return {
        name: s.name,
        curve,
        best: bestAtPrecision(curve, MIN_PRECISION),
        direction: directionalAccuracy(pairs, s.carries),
        carries: { threshold: carriesAt, ...carriesDecisions(pairs, s.carries, carriesAt) },
      };
    }),
  };
}
