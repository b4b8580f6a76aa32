import { describe, expect, it } from 'vitest';
import { averageLinkClusters } from '../lambdas/core/group/average-link.js';

describe('averageLinkClusters', () => {
  it('merges while the average similarity between clusters reaches the threshold', () => {
    // Prepare: 0-1-2 tightly linked, 3-4 linked, one weak link across.
    const edges = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 1, b: 2, similarity: 0.8 },
      { a: 0, b: 2, similarity: 0.7 },
      { a: 3, b: 4, similarity: 0.6 },
      { a: 2, b: 3, similarity: 0.5 },
    ];

    // Act
    const clusters = averageLinkClusters(5, edges, 0.3);

    // Assess: the cross link averages 0.5 / 6 pairs, below the threshold.
    expect(clusters.sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0))).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('counts missing pairs as unrelated, so one strong link does not chain two groups', () => {
    const edges = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 1, b: 2, similarity: 0.9 },
    ];

    const clusters = averageLinkClusters(3, edges, 0.7);

    expect(clusters).toHaveLength(2);
  });

  it('stops at the requested number of clusters', () => {
    const edges = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 2, b: 3, similarity: 0.8 },
      { a: 1, b: 2, similarity: 0.1 },
    ];

    expect(averageLinkClusters(4, edges, Number.MIN_VALUE, 2)).toHaveLength(2);
    expect(averageLinkClusters(4, edges, Number.MIN_VALUE, 1)).toHaveLength(1);
  });

  it('leaves items without edges alone', () => {
    expect(averageLinkClusters(3, [], 0.1)).toEqual([[0], [1], [2]]);
  });
});
