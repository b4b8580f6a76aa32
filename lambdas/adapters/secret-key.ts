import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ENV } from '../config/env-names.js';
import { MIN_KEY_LENGTH, type SubscriberKeySource } from '../config/subscriber-key-setting.js';
import { InvalidConfigError } from '../core/errors.js';

/** The module's Secrets Manager client; created on first use, since local runs never need it. */
let client: SecretsManagerClient | undefined;
const secretsClient = (): SecretsManagerClient => {
  client ??= new SecretsManagerClient({});
  return client;
};

/**
 * The deployment's secret key, read once at cold start: from Secrets Manager when the source is a
 * secret's ARN (the value never sits in the function's configuration), or as given locally.
 *
 * @throws InvalidConfigError naming the setting when the secret holds no usable key.
 */
export async function readSubscriberKey(
  source: SubscriberKeySource,
  secrets: SecretsManagerClient = secretsClient(),
): Promise<string> {
  if ('key' in source) return source.key;
  let value: string | undefined;
  try {
    value = (await secrets.send(new GetSecretValueCommand({ SecretId: source.secretArn }))).SecretString;
  } catch (cause) {
    throw new InvalidConfigError(
      ENV.recipientIdKeySecretArn,
      `the secret could not be read: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  if (value === undefined || value.length < MIN_KEY_LENGTH)
    throw new InvalidConfigError(
      ENV.recipientIdKeySecretArn,
      `the secret must hold a key of at least ${MIN_KEY_LENGTH} characters`,
    );
  return value;
}
