import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, extractArticle } from '../lambdas/core/index.js';
import { SEEDS_DIR, TEST_OPTIONS } from './helpers.js';

/** The five seed articles, extracted, in file-name order. */
export function seedArticles(): Article[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) =>
      extractArticle({ key: name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))) }, TEST_OPTIONS),
    );
}

/** The three-digit prefix of a seed key: "003" for "003_244b8d813f4475ac.txt". */
export const seedId = (key: string): string => key.slice(0, 3);
