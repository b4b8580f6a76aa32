import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../lambdas/core/index.js';

/** Absolute path of a file under `tests/fixtures/`. */
export const fixturePath = (...parts: string[]): string => join(import.meta.dirname, 'fixtures', ...parts);

/** The bytes of a fixture file. */
export const readFixture = (...parts: string[]): Uint8Array =>
  new Uint8Array(readFileSync(fixturePath(...parts)));

/** The project's `seeds/` folder. */
export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

/** Extraction settings used by the tests: the default size limit and weights. */
export const TEST_OPTIONS: ExtractOptions = { maxBytes: 5 * 1024 * 1024 };

/** Whitespace-insensitive form of a text, for "verbatim apart from whitespace" checks. */
export const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();
