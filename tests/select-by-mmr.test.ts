import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectByMmr } from '../lambdas/core/extract/select-by-mmr.js';
import { cosine, type SparseVector, weightedVector } from '../lambdas/core/text/sparse-vector.js';

interface Item {
  readonly id: number;
  readonly vector: SparseVector;
  readonly relevance: number;
}

const similarity = (a: Item, b: Item): number => cosine(a.vector, b.vector);

/** The selection as first written: every cosine to every pick, recomputed at each step. */
function naiveMmr(candidates: readonly Item[], limit: number): { id: number; score: number }[] {
  const chosen: (Item & { score: number })[] = [];
  const pool = [...candidates];
  while (chosen.length < limit && pool.length > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((c, i) => {
      const redundancy = Math.max(0, ...chosen.map((k) => cosine(c.vector, k.vector)));
      const score = 0.7 * c.relevance - (1 - 0.7) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    const [pick] = pool.splice(best, 1);
    if (pick) chosen.push({ ...pick, score: bestScore });
  }
  return chosen.map(({ id, score }) => ({ id, score }));
}

// Few words and few relevance values, so that equal vectors and tied scores are common.
const WORDS = ['putin', 'beijing', 'visit', 'trade', 'talks', 'xi', 'summit', '2024'];
const weights = { idf: (stem: string) => 1 + stem.length / 4 };
const items = fc
  .array(
    fc.record({
      stems: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
      relevance: fc.constantFrom(0.2, 0.5, 0.5, 0.8, 1),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, id) => ({ id, vector: weightedVector(r.stems, weights), relevance: r.relevance })),
  );

describe('selectByMmr', () => {
  it('picks what comparing every candidate with every pick picks, with the same scores to the bit', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 14 }), (candidates, limit) => {
        // Prepare
        const expected = naiveMmr(candidates, limit);

        // Act
        const selected = selectByMmr(candidates, limit, similarity).map(({ candidate, score }) => ({
          id: candidate.id,
          score,
        }));

        // Assess
        // Numbers compare exactly here (Object.is), so a score one bit off fails.
        expect(selected).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the earlier of two equally good candidates', () => {
    // Prepare
    const vector = weightedVector(['putin', 'beijing'], weights);
    const candidates = [
      { id: 0, vector, relevance: 0.5 },
      { id: 1, vector, relevance: 0.5 },
    ];

    // Act
    const selected = selectByMmr(candidates, 1, similarity);

    // Assess
    expect(selected.map((s) => s.candidate.id)).toEqual([0]);
  });
});
