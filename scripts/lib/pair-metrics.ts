import type { FactPair } from './fact-pairs.js';

/** A directional score: how much of `to`'s information `from` carries, from 0 to 1. */
export type Carries = (from: string, to: string) => number;

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly predicted: number;
  readonly actual: number;
}

/** Precision, recall and F1 of yes/no decisions against gold; an empty prediction has precision 1. */
export function precisionRecall(
  decisions: readonly { predicted: boolean; gold: boolean }[],
): PrecisionRecall {
  let truePositives = 0;
  let predicted = 0;
  let actual = 0;
  for (const d of decisions) {
    if (d.predicted) predicted++;
    if (d.gold) actual++;
    if (d.predicted && d.gold) truePositives++;
  }
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = actual === 0 ? 0 : truePositives / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, actual };
}

/** Thresholds 0.30, 0.35, … 0.90, built from integers so that they print and compare exactly. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 13 }, (_, i) => (30 + 5 * i) / 100);

export interface CurvePoint extends PrecisionRecall {
  readonly threshold: number;
}

/** "Same fact" at each threshold: both directions must carry at least that share. */
export function sameCurve(
  pairs: readonly FactPair[],
  carries: Carries,
  thresholds: readonly number[] = THRESHOLDS,
): CurvePoint[] {
  const scores = pairs.map((p) => ({
    score: Math.min(carries(p.a.text, p.b.text), carries(p.b.text, p.a.text)),
    gold: p.label === 'same',
  }));
  return thresholds.map((threshold) => ({
    threshold,
    ...precisionRecall(scores.map((s) => ({ predicted: s.score >= threshold, gold: s.gold }))),
  }));
}

/** The lowest threshold (so the highest recall) whose precision reaches `minPrecision`, if any. */
export function bestAtPrecision(curve: readonly CurvePoint[], minPrecision: number): CurvePoint | undefined {
  return curve.find((p) => p.predicted > 0 && p.precision >= minPrecision);
}

/** Same-fact decisions of a yes/no test such as the merge's `isSameKeyPoint`. */
export function sameDecisions(
  pairs: readonly FactPair[],
  same: (a: string, b: string) => boolean,
): PrecisionRecall {
  return precisionRecall(
    pairs.map((p) => ({ predicted: same(p.a.text, p.b.text), gold: p.label === 'same' })),
  );
}
