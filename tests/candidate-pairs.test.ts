import { describe, expect, it } from 'vitest';
import { candidatePairs as typedPairs } from '../lambdas/core/group/candidate-pairs.js';
import { pairsOf } from '../lambdas/core/group/pair-graph.js';
import { rowsOf } from './helpers-vectors.js';

const candidatePairs = (vectors: ReadonlyMap<string, number>[]) => pairsOf(typedPairs(rowsOf(vectors)));

const vector = (...stems: string[]) => new Map(stems.map((s, i) => [s, 1 - i * 0.01]));

describe('candidatePairs', () => {
  it('pairs only documents that share an indexed term', () => {
    // Prepare
    const vectors = [
      vector('putin', 'beij'),
      vector('putin', 'xi'),
      vector('flood', 'valley'),
      vector('valley', 'rain'),
    ];

    // Act
    const pairs = candidatePairs(vectors);

    // Assess
    expect(pairs.sort()).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('grows with the documents, not with every pair of them', () => {
    // 2,000 documents in 400 groups of five sharing a term of their own.
    const vectors = Array.from({ length: 2000 }, (_, i) => vector(`event${Math.floor(i / 5)}`, `own${i}`));

    const pairs = candidatePairs(vectors);

    expect(pairs).toHaveLength(400 * 10);
  });

  it('ignores terms no other document has', () => {
    expect(candidatePairs([vector('a'), vector('b')])).toEqual([]);
  });
});
