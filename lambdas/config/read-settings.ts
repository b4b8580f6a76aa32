import * as z from 'zod/mini';
import { InvalidConfigError } from '../core/errors.js';
import { ENV } from './env-names.js';

/** The environment, as a plain map of names to values. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads one setting from the environment through a schema; a missing or invalid value fails
 * with an error that names the setting and says what was expected.
 */
export function readSetting<T>(
  env: Environment,
  name: string,
  schema: z.ZodMiniType<T>,
  expected: string,
): T {
  const raw = env[name];
  const value = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  const result = schema.safeParse(value);
  if (!result.success) {
    const got = value === undefined ? 'it is not set' : `got "${value}"`;
    throw new InvalidConfigError(name, `expected ${expected}; ${got}`);
  }
  return result.data;
}

/** A positive number, from its text. */
export const positiveNumber = z.pipe(
  z.string(),
  z.transform((s, ctx) => {
    const n = Number(s);
    if (!Number.isFinite(n) || n <= 0) {
      ctx.issues.push({ code: 'custom', message: 'not a positive number', input: s });
      return z.NEVER;
    }
    return n;
  }),
);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An absolute https URL, or an http URL on loopback (a local endpoint a test or `npm run local` serves). */
export const endpointUrl = z.url().check(
  z.refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  }),
);

/** The name of the articles bucket, which every function reads. */
export const readBucketName = (env: Environment): string =>
  readSetting(env, ENV.bucketName, z.string().check(z.minLength(3)), 'the name of the articles bucket');
