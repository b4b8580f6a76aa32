import { describe, expect, it } from 'vitest';
import { LocalTerms } from '../lambdas/core/group/local-terms.js';
import { nearDuplicateUnits } from '../lambdas/core/group/near-duplicates.js';
import { weightedVector } from '../lambdas/core/text/sparse-vector.js';
import { rowsOf } from './helpers-vectors.js';

const uniform = { idf: () => 1 };
const vector = (text: string) => weightedVector(text.split(' '), uniform);

describe('nearDuplicateUnits', () => {
  it('gathers copies of one text and leaves different reports apart', () => {
    // Prepare
    const wire = 'storm hits coast power cut to thousands of homes trains halted';
    const vectors = rowsOf([
      vector(wire),
      vector(`${wire} officials`),
      vector('storm hits coast two fishermen missing rescue boats searched overnight'),
      vector(wire),
    ]);

    // Act
    const units = nearDuplicateUnits([0, 1, 2, 3], vectors, new LocalTerms(vectors.ranks));

    // Assess
    expect(units.map((u) => [...u].sort()).sort()).toEqual([[0, 1, 3], [2]]);
  });
});
