import { ENV } from './env-names.js';

/** Settings of the AWS SDK clients beyond what the SDK reads itself (endpoints, region, credentials). */
export interface ClientConfig {
  /** Path-style S3 addressing, which local S3 emulators need. */
  readonly s3ForcePathStyle: boolean;
}

let cached: ClientConfig | undefined;

/** The SDK client settings, read from the environment once per container. */
export function clientConfig(): ClientConfig {
  cached ??= { s3ForcePathStyle: process.env[ENV.s3ForcePathStyle] === 'true' };
  return cached;
}
