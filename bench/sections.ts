import { DEFAULT_MAX_EDITION_ARTICLES } from '../lambdas/core/limits.js';

/** The parts of `npm run bench` that can run alone (`--only`). */
export type Section = 'cold-start' | 'ingest' | 'scale' | 'render' | 'day' | 'adversarial';

export const ALL_SECTIONS: ReadonlySet<Section> = new Set([
  'cold-start',
  'ingest',
  'scale',
  'render',
  'day',
  'adversarial',
]);

/** The sections an `--only` list names, every one when it is absent. */
export function parseSections(only: string | undefined): ReadonlySet<Section> {
  if (only === undefined) return ALL_SECTIONS;
  const names = only.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !ALL_SECTIONS.has(n as Section));
  if (unknown.length > 0)
    throw new Error(`--only: unknown section ${unknown.join(', ')} (one of ${[...ALL_SECTIONS].join(', ')})`);
  return new Set(names as Section[]);
}

/**
 * Day sizes: `--day-sizes` when given, else 1,000, 5,000, 20,000 and the edition cap (the build
 * the newsletter function is sized for); 100,000 added with `--big-day`.
 */
export function parseDaySizes(list: string | undefined, bigDay: boolean): number[] {
  const sizes = list?.split(',').map(Number) ?? [1000, 5000, 20_000, DEFAULT_MAX_EDITION_ARTICLES];
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--day-sizes: ${list}`);
  return [...new Set(bigDay ? [...sizes, 100_000] : sizes)];
}
