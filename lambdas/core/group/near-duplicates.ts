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
  const pairs = candidatePairs(rows);
  let spreadRow = -1;
  for (let p = 0; p + 1 < pairs.length; p += 2) {
    const x = pairs[p] ?? 0;
    const y = pairs[p + 1] ?? 0;
    if (find(x) === find(y)) continue;
    if (x !== spreadRow) {
      if (spreadRow >= 0) spread.clear(a);
      spread.spread(slice(x, a));
      spreadRow = x;
    }
    if (spread.dot(a, slice(y, b), true) >= DUPLICATE_SIMILARITY) parent[find(y)] = find(x);
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
