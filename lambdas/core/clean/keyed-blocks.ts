import type { Block } from '../model.js';
import { comparisonKey, normalizeSpace } from '../text/normalize.js';
import { type BoilerplateKind, matchRule } from './boilerplate-rules.js';

/** A block with its spacing normalised, its comparison key, and the clutter rule it matches once asked. */
export interface KeyedBlock extends Block {
  readonly key: string;
  rule?: BoilerplateKind | null;
}

/** A document's non-empty blocks, keyed, and how many blocks share each key. */
export interface KeyedBlocks {
  readonly blocks: readonly KeyedBlock[];
  readonly counts: ReadonlyMap<string, number>;
}

/**
 * The blocks with their spacing normalised and comparison key worked out, once each: the cleaner
 * reads both several times per block. Blocks empty once normalised are left out.
 */
export function keyedBlocks(blocks: readonly Block[]): KeyedBlocks {
  const keyed: KeyedBlock[] = [];
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const text = normalizeSpace(b.text);
    if (text === '') continue;
    const key = comparisonKey(text);
    keyed.push({ kind: b.kind, text, key });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { blocks: keyed, counts };
}

/** The rule a block matches: asked of a block and again of the block before it, matched once. */
export function ruleOf(block: KeyedBlock): BoilerplateKind | null {
  if (block.rule === undefined) block.rule = matchRule(block.text);
  return block.rule;
}
