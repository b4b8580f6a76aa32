import * as z from 'zod/mini';
import { InvalidConfigError } from '../core/errors.js';
import { ENV } from './env-names.js';
import { type Environment, readSetting } from './read-settings.js';

/**
 * Where a function gets the deployment's secret key (ids of readers, unsubscribe tokens): the ARN
 * of the Secrets Manager secret the stack creates, read at cold start; or, for local runs only,
 * the key itself.
 */
export type SubscriberKeySource = { readonly secretArn: string } | { readonly key: string };

/** The shortest key accepted: 32 characters of a generated secret are well over 128 bits. */
export const MIN_KEY_LENGTH = 32;

const secretArn = z.string().check(z.regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/u));

/** Reads where the key comes from; exactly one of the two settings must be given. */
export function readSubscriberKeySource(env: Environment): SubscriberKeySource {
  const arn = readSetting(env, ENV.recipientIdKeySecretArn, z.optional(secretArn), 'a Secrets Manager ARN');
  const key = readSetting(
    env,
    ENV.recipientIdKey,
    z.optional(z.string().check(z.minLength(MIN_KEY_LENGTH))),
    `a secret of at least ${MIN_KEY_LENGTH} characters`,
  );
  if (arn !== undefined && key !== undefined)
    throw new InvalidConfigError(ENV.recipientIdKey, `set it or ${ENV.recipientIdKeySecretArn}, not both`);
  if (arn !== undefined) return { secretArn: arn };
  if (key !== undefined) return { key };
  throw new InvalidConfigError(
    ENV.recipientIdKeySecretArn,
    `expected the ARN of the secret key (or ${ENV.recipientIdKey} with the key itself, locally); neither is set`,
  );
}
