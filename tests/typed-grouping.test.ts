import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkClusters, type ClusterAgreement } from '../lambdas/core/group/average-link.js';
import { candidatePairs } from '../lambdas/core/group/candidate-pairs.js';
import { LocalTerms } from '../lambdas/core/group/local-terms.js';
import { nearDuplicateUnits } from '../lambdas/core/group/near-duplicates.js';
import { pairsOf } from '../lambdas/core/group/pair-graph.js';
import { SpreadVector } from '../lambdas/core/group/spread-vector.js';
import { cosine } from '../lambdas/core/text/sparse-vector.js';
import { graphOf, rowsOf } from './helpers-vectors.js';
import { referenceClusters, referenceDuplicates, referencePairs } from './map-grouping-reference.js';

// Few stems and, half the time, few weights, so that ties abound; 'é' twice, composed and not, to compare equal.
const STEMS = ['a', 'B', 'b', 'é', 'e\u0301', 'e', 'z', '10', 'a_b', 'x', 'y', 'w', 'v', 'u', 'kiev', 'kyiv'];
const weight = fc.oneof(fc.constantFrom(0.1, 0.25, 0.5, 1), fc.double({ min: 0.001, max: 1, noNaN: true }));
const vector = fc
  .uniqueArray(fc.constantFrom(...STEMS), { minLength: 1, maxLength: STEMS.length })
  .chain((stems) =>
    fc.tuple(fc.constant(stems), fc.array(weight, { minLength: stems.length, maxLength: stems.length })),
  )
  .map(([stems, weights]) => new Map(stems.map((s, i) => [s, weights[i] ?? 1])));
// Some vectors repeated: copies give equal similarities, whose order must not change.
const vectors = fc
  .array(vector, { minLength: 2, maxLength: 40 })
  .chain((vs) =>
    fc
      .array(fc.nat(vs.length - 1), { maxLength: 10 })
      .map((copies) => [...vs, ...copies.map((k) => vs[k] ?? new Map<string, number>())]),
  );

/** Agreement on the smallest members of two clusters: tracked by cluster for the typed code. */
const factor = (a: readonly number[], b: readonly number[]) =>
  (Math.min(...a) + Math.min(...b)) % 3 === 0 ? 0.5 : 1;
function trackedAgreement(count: number): ClusterAgreement {
  const members = Array.from({ length: count }, (_, i) => [i]);
  return {
    between: (x, y) => factor(members[x] ?? [], members[y] ?? []),
    merged: (keep, gone) => {
      members[keep]?.push(...(members[gone] ?? []));
      members[gone] = [];
    },
  };
}

describe('typed grouping against the string-keyed reference', () => {
  it('sums each dot product to the same bits as cosine', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        // Prepare
        const rows = rowsOf([a, b]);
        const slice = (k: number) => ({
          ids: rows.ids,
          weights: rows.weights,
          start: rows.offsets[k] ?? 0,
          length: (rows.offsets[k + 1] ?? 0) - (rows.offsets[k] ?? 0),
        });
        const spread = new SpreadVector(rows.termCount);
        spread.spread(slice(0));

        // Act / Assess
        expect(Object.is(spread.dot(slice(0), slice(1), true), cosine(a, b))).toBe(true);
        expect(Object.is(spread.dot(slice(0), slice(1), false), cosine(b, a))).toBe(true);
      }),
    );
  });

  it('finds the same candidate pairs', () => {
    fc.assert(
      fc.property(vectors, (vs) => {
        expect(pairsOf(candidatePairs(rowsOf(vs)))).toEqual(referencePairs(vs));
      }),
    );
  });

  it('merges the same clusters in the same order, with and without agreement', () => {
    const pairs = (n: number) => fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 12 });
    // Stopping after any number of merges shows the order they were made in, not only where they end.
    const setting = (n: number) =>
      fc.record({
        threshold: fc.constantFrom(Number.MIN_VALUE, 0.05, 0.2, 0.5),
        minClusters: fc.integer({ min: 1, max: n }),
        agree: fc.boolean(),
      });
    fc.assert(
      fc.property(
        vectors.chain((vs) => fc.tuple(fc.constant(vs), pairs(vs.length), setting(vs.length))),
        ([vs, ps, s]) => {
          const typed = averageLinkClusters(rowsOf(vs), graphOf(vs.length, ps), s.threshold, {
            minClusters: s.minClusters,
            ...(s.agree ? { agreement: trackedAgreement(vs.length) } : {}),
          });
          expect(typed).toEqual(
            referenceClusters(vs, ps, s.threshold, s.minClusters, s.agree ? factor : undefined),
          );
        },
      ),
    );
  });

  it('gathers the same near-duplicates', () => {
    fc.assert(
      fc.property(vectors, (vs) => {
        const members = vs.map((_, i) => i).filter((i) => i % 4 !== 1);
        const rows = rowsOf(vs);
        expect(nearDuplicateUnits(members, rows, new LocalTerms(rows.ranks))).toEqual(
          referenceDuplicates(members, vs),
        );
      }),
    );
  });
});
