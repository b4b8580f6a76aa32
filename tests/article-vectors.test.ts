import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleVectors } from '../lambdas/core/extract/article-vectors.js';
import { cosine, type TermWeights, weightedVector } from '../lambdas/core/text/sparse-vector.js';

// Few stems, so that sentences share terms and repeat them; some weigh nothing, less than nothing,
// or are not numbers, as custom weights could make them.
const WEIGHTS: Readonly<Record<string, number>> = {
  putin: 3.1,
  beijing: 2.7,
  visit: 1.3,
  trade: 0.9,
  talks: 1e-9,
  xi: 4.4,
  the: 0,
  less: -1,
  odd: Number.NaN,
  rare: Number.POSITIVE_INFINITY,
};
const weights: TermWeights = { idf: (stem) => WEIGHTS[stem] ?? 1 };
const ORDINARY = ['putin', 'beijing', 'visit', 'trade', 'talks', 'xi', 'the', 'less'];
const article = (stems: readonly string[]) =>
  fc.array(fc.array(fc.constantFrom(...stems), { maxLength: 12 }), { minLength: 1, maxLength: 8 });

/** The stem-keyed vector of the same entries, in order. */
function asMap(
  ids: readonly number[],
  values: readonly number[],
  stems: readonly string[][],
): Map<string, number> {
  const stemOf = [...new Set(stems.flat())];
  return new Map([...ids].map((id, k) => [stemOf[id] ?? '', values[k] ?? Number.NaN]));
}

describe('articleVectors', () => {
  it.each([
    ['ordinary weights', ORDINARY],
    ['weights that are not numbers or infinite', [...ORDINARY, 'odd', 'rare']],
  ])('gives the vectors and cosines of stem-keyed vectors, to the bit, with %s', (_, stems) => {
    fc.assert(
      fc.property(article(stems), (sentences) => {
        // Prepare
        const byStem = sentences.map((s) => weightedVector(s, weights));
        const doc = weightedVector(sentences.flat(), weights);

        // Act
        const vectors = articleVectors(sentences, weights);
        const byId = sentences.map((_, i) => vectors.sentence(i));

        // Assess: entries in the same order with the same weights, and the same sums.
        byId.forEach((v, i) => {
          expect([...asMap(v.ids, v.weights, sentences)]).toEqual([...(byStem[i] ?? [])]);
          expect(vectors.centrality(v)).toEqual(cosine(byStem[i] ?? new Map(), doc));
          byId.forEach((w, j) => {
            expect(vectors.cosine(v, w)).toEqual(cosine(byStem[i] ?? new Map(), byStem[j] ?? new Map()));
          });
        });
      }),
      { numRuns: 500 },
    );
  });
});
