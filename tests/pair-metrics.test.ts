import { describe, expect, it } from 'vitest';
import { parseFactPairs } from '../scripts/lib/fact-pairs.js';
import { bestAtPrecision, precisionRecall, sameCurve, THRESHOLDS } from '../scripts/lib/pair-metrics.js';

// Scores by hand: the pair (a, b) gets min(table[a→b], table[b→a]).
const pair = (id: string, a: string, b: string, label: string): string =>
  JSON.stringify({
    id,
    event: 'e',
    a: { article: 'x', text: a },
    b: { article: 'y', text: b },
    label,
    kind: 'k',
  });
const pairs = parseFactPairs(
  [
    pair('1', 'A1', 'B1', 'same'),
    pair('2', 'A2', 'B2', 'same'),
    pair('3', 'A3', 'B3', 'different'),
    pair('4', 'A4', 'B4', 'a-carries-b'),
  ].join('\n'),
);
const table: Record<string, number> = {
  'A1>B1': 0.9,
  'B1>A1': 0.95,
  'A2>B2': 0.6,
  'B2>A2': 0.5,
  'A3>B3': 0.7,
  'B3>A3': 0.8,
  'A4>B4': 1,
  'B4>A4': 0.4,
};
const carries = (from: string, to: string): number => table[`${from}>${to}`] ?? 0;

describe('precisionRecall', () => {
  it('counts true positives against predictions and gold', () => {
    // Act
    const score = precisionRecall([
      { predicted: true, gold: true },
      { predicted: true, gold: false },
      { predicted: false, gold: true },
      { predicted: false, gold: false },
    ]);

    // Assess
    expect(score).toMatchObject({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      truePositives: 1,
      predicted: 2,
      actual: 2,
    });
  });

  it('gives an empty prediction precision 1 and recall 0', () => {
    expect(precisionRecall([{ predicted: false, gold: true }])).toMatchObject({
      precision: 1,
      recall: 0,
      f1: 0,
    });
  });
});

describe('sameCurve', () => {
  it('runs from 0.30 to 0.90 in steps of 0.05', () => {
    expect(THRESHOLDS).toHaveLength(13);
    expect(THRESHOLDS[0]).toBe(0.3);
    expect(THRESHOLDS[12]).toBe(0.9);
  });

  it('calls a pair the same fact when both directions reach the threshold', () => {
    // Act
    const curve = sameCurve(pairs, carries, [0.4, 0.5, 0.7, 0.9]);

    // Assess: minimums are 0.9, 0.5, 0.7 and 0.4 for pairs 1 to 4; 1 and 2 are gold same.
    expect(curve.map((p) => [p.threshold, p.precision, p.recall])).toEqual([
      [0.4, 0.5, 1],
      [0.5, 2 / 3, 1],
      [0.7, 0.5, 0.5],
      [0.9, 1, 0.5],
    ]);
  });

  it('finds the lowest threshold that reaches the precision asked for', () => {
    // Prepare
    const curve = sameCurve(pairs, carries, [0.4, 0.5, 0.7, 0.9]);

    // Act
    const best = bestAtPrecision(curve, 0.9);

    // Assess
    expect(best?.threshold).toBe(0.9);
    expect(bestAtPrecision(curve, 0.6)?.threshold).toBe(0.5);
    expect(
      bestAtPrecision(
        sameCurve(pairs, () => 0, [0.5]),
        0.9,
      ),
    ).toBeUndefined();
  });
});
