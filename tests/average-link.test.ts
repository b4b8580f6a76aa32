import { describe, expect, it } from 'vitest';
import {
  type AverageLinkOptions,
  averageLinkClusters as typedClusters,
} from '../lambdas/core/group/average-link.js';
import type { SparseVector } from '../lambdas/core/text/sparse-vector.js';
import { graphOf, rowsOf } from './helpers-vectors.js';

const averageLinkClusters = (
  vectors: readonly SparseVector[],
  pairs: readonly (readonly [number, number])[],
  threshold: number,
  options?: AverageLinkOptions,
) => typedClusters(rowsOf(vectors), graphOf(vectors.length, pairs), threshold, options);

/** A unit vector over two axes at `degrees` from the first. */
const at = (degrees: number): SparseVector => {
  const r = (degrees * Math.PI) / 180;
  return new Map([
    ['x', Math.cos(r)],
    ['y', Math.sin(r)],
  ]);
};

const sortClusters = (clusters: number[][]) => clusters.sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));

describe('averageLinkClusters', () => {
  it('merges while the average similarity between clusters reaches the threshold', () => {
    // Prepare: two tight groups 80 degrees apart.
    const vectors = [at(0), at(5), at(10), at(85), at(90)];
    const pairs: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ];

    // Act
    const clusters = averageLinkClusters(vectors, pairs, 0.5);

    // Assess
    expect(sortClusters(clusters)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('uses the exact average over all member pairs, not only the candidate pairs', () => {
    // 0 and 2 are never paired directly, yet their similarity counts once 0-1 and 1-2 are merged.
    const vectors = [at(0), at(30), at(60)];
    const pairs: [number, number][] = [
      [0, 1],
      [1, 2],
    ];

    // cos 30 = 0.87 merges a pair; the average with the third is (cos 30 + cos 60) / 2 = 0.68.
    expect(averageLinkClusters(vectors, pairs, 0.7)).toHaveLength(2);
    expect(averageLinkClusters(vectors, pairs, 0.65)).toHaveLength(1);
  });

  it('stops at the requested number of clusters', () => {
    const vectors = [at(0), at(10), at(60), at(70)];
    const pairs: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
    ];

    expect(averageLinkClusters(vectors, pairs, Number.MIN_VALUE, { minClusters: 2 })).toHaveLength(2);
    expect(averageLinkClusters(vectors, pairs, Number.MIN_VALUE)).toHaveLength(1);
  });

  it('scales similarities by the given agreement of two clusters', () => {
    const vectors = [at(0), at(10)];

    const apart = averageLinkClusters(vectors, [[0, 1]], 0.5, {
      agreement: { between: () => 0.4, merged: () => {} },
    });

    expect(apart).toHaveLength(2);
  });

  it('never merges items that no candidate pair connects', () => {
    expect(averageLinkClusters([at(0), at(0), at(0)], [], 0.1)).toEqual([[0], [1], [2]]);
  });
});

describe('averageLinkClusters, offers beyond those a cluster keeps', () => {
  it('still merges a cluster with a neighbour far down its offers once the better ones were taken', () => {
    // Prepare: article 0 is paired with 20 others. Seventeen of them (1 to 17) are closer to it
    // than the last three, but they and thirty articles unlike 0 gather first into one cluster
    // too unlike 0 on average to join it; only then may 0 join 18, 19 and 20.
    const unit = (entries: [string, number][]) => new Map(entries);
    const vectors = [
      unit([['p', 1]]),
      ...Array.from({ length: 17 }, () =>
        unit([
          ['p', 0.6],
          ['q', 0.8],
        ]),
      ),
      ...Array.from({ length: 3 }, () =>
        unit([
          ['p', 0.5],
          ['r', Math.sqrt(0.75)],
        ]),
      ),
      ...Array.from({ length: 30 }, () => unit([['q', 1]])),
    ];
    const close = Array.from({ length: 17 }, (_, k) => k + 1);
    const unlike = Array.from({ length: 30 }, (_, k) => k + 21);
    const pairs: [number, number][] = [
      ...Array.from({ length: 20 }, (_, k): [number, number] => [0, k + 1]),
      ...[...close, ...unlike].flatMap((a, i, all) => all.slice(i + 1).map((b): [number, number] => [a, b])),
    ];

    // Act
    const clusters = averageLinkClusters(vectors, pairs, 0.45);

    // Assess
    expect(sortClusters(clusters)).toEqual([
      [0, 18, 19, 20],
      [...close, ...unlike],
    ]);
  });
});
