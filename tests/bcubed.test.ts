import { describe, expect, it } from 'vitest';
import { bcubed } from '../scripts/lib/bcubed.js';

describe('bcubed', () => {
  const gold: Record<string, string> = { a: 'x', b: 'x', c: 'y', d: 'y' };

  it('scores a perfect clustering 1', () => {
    const score = bcubed(
      Object.keys(gold),
      (k) => gold[k] ?? '',
      (k) => gold[k] ?? '',
    );

    expect(score).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores everything in one cluster with precision 0.5 and recall 1', () => {
    const score = bcubed(
      Object.keys(gold),
      (k) => gold[k] ?? '',
      () => 'all',
    );

    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(2 / 3);
  });

  it('scores singletons with precision 1 and recall 0.5', () => {
    const score = bcubed(
      Object.keys(gold),
      (k) => gold[k] ?? '',
      (k) => k,
    );

    expect(score).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
