import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../../lambdas/core/index.js';
import type { DigestRun } from './run-digest.js';

/** Thrown for a bad command line; the message is shown as is. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Reads `[inputDir] [--out outDir] [--edition YYYY-MM-DD] [--max-bytes N]`. */
export function parseDigestArgs(args: readonly string[], usage: string): DigestRun | 'help' {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'out' },
      edition: { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 1)
    throw new UsageError(`expected one input folder, got ${positionals.length}\n${usage}`);
  const edition = values.edition ?? new Date().toISOString().slice(0, 10);
  // The pattern alone lets 2024-13-45 through: the date must also exist.
  const day = new Date(`${edition}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/u.test(edition) ||
    Number.isNaN(day.getTime()) ||
    !day.toISOString().startsWith(edition)
  ) {
    throw new UsageError(`--edition must be a date, YYYY-MM-DD, got "${edition}"`);
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new UsageError('--max-bytes must be a positive whole number of bytes');
  return { inputDir: resolve(positionals[0] ?? 'seeds'), outDir: resolve(values.out), edition, maxBytes };
}
