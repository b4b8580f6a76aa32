import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { type FactPair, readFactPairs } from './fact-pairs.js';

/** The pair set kept with the project, found from this file so that eval runs from any folder. */
export const DEFAULT_PAIRS = join(import.meta.dirname, '..', 'data', 'fact-pairs', 'pairs.jsonl');

/**
 * Reads the labelled pairs: a path given on the command line must exist; the default set is
 * optional, so that grouping can still be scored in a checkout without it.
 */
export async function loadFactPairs(
  path: string | undefined,
): Promise<{ source: string; pairs: FactPair[] | undefined }> {
  if (path) return { source: path, pairs: await readFactPairs(path) };
  const found = await access(DEFAULT_PAIRS).then(
    () => true,
    () => false,
  );
  const source = 'scripts/data/fact-pairs/pairs.jsonl';
  return { source, pairs: found ? await readFactPairs(DEFAULT_PAIRS) : undefined };
}
