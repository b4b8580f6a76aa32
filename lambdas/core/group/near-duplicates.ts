import { candidatePairs } from './candidate-pairs.js';
import { type LocalTerms, pickRows } from './local-terms.js';
import { SpreadVector, type VectorSlice } from './spread-vector.js';
import type { VectorRows } from './vector-rows.js';

/** Similarity at which two articles are copies of one text (syndicated wire copy, light rewrites). */
const DUPLICATE_SIMILARITY = 0.8;

/**
 * Gathers near-identical articles into units. Thirty outlets running one wire story are one
 * voice: counted thirty times, their copies would outweigh every other report of the event.
 * Only candidate pairs are compared, and not those already in one unit through others: thirty
 * copies take some thirty comparisons, not the 435 of their pairs. Returns units of the given
 * members, each led by its first member.
 */
export function nearDuplicateUnits(
  members: readonly number[],
  vectors: VectorRows,
  local: LocalTerms,
): number[][] {
  local.clear();
  const rows = pickRows(vectors, members, local);
  local.clear();
  const parent = members.map((_, k) => k);
  const find = (k: number): number => {
    let root = k;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[k] = root;
    return root;
  };
  const slice = (k: number, into: VectorSlice): VectorSlice => {
    into.start = rows.offsets[k] ?? 0;
    into.length = (rows.offsets[k + 1] ?? 0) - into.start;
    return into;
  };
  const a = { ids: rows.ids, weights: rows.weights, start: 0, length: 0 };
  const b = { ids: rows.ids, weights: rows.weights, start: 0, length: 0 };
  const spread = new SpreadVector(rows.termCount);
  const { start, adjacent } = candidatePairs(rows);
  for (let x = 0; x < members.length; x++) {
    let isSpread = false;
    for (let k = start[x] ?? 0, end = start[x + 1] ?? 0; k < end; k++) {
      const y = adjacent[k] ?? 0;
      if (y <= x || find(x) === find(y)) continue;
      if (!isSpread) {
        spread.spread(slice(x, a));
        isSpread = true;
      }
      if (spread.dot(a, slice(y, b), true) >= DUPLICATE_SIMILARITY) parent[find(y)] = find(x);
    }
    if (isSpread) spread.clear(a);
  }
  const units = new Map<number, number[]>();
  members.forEach((member, k) => {
    const root = find(k);
    const unit = units.get(root);
    if (unit) unit.push(member);
    else units.set(root, [member]);
  });
  return [...units.values()];
}
