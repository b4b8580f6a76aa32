import { cosine, type SparseVector } from '../text/sparse-vector.js';
import { candidatePairs } from './candidate-pairs.js';

/** Similarity at which two articles are copies of one text (syndicated wire copy, light rewrites). */
const DUPLICATE_SIMILARITY = 0.8;

/**
 * Gathers near-identical articles into units. Thirty outlets running one wire story are one
 * voice: counted thirty times, their copies would outweigh every other report of the event.
 * Returns units of the given members, each led by its first member.
 */
export function nearDuplicateUnits(members: readonly number[], vectors: readonly SparseVector[]): number[][] {
  const parent = members.map((_, k) => k);
  const find = (k: number): number => {
    let root = k;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[k] = root;
    return root;
  };
  const list = members.map((i) => vectors[i] ?? new Map<string, number>());
  for (const [a, b] of candidatePairs(list)) {
    if (cosine(list[a] ?? new Map(), list[b] ?? new Map()) >= DUPLICATE_SIMILARITY) parent[find(b)] = find(a);
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
