import * as z from 'zod/mini';
import { DEFAULT_MAX_BYTES } from '../core/limits.js';
import { ENV } from './env-names.js';
import { type Environment, positiveNumber, readBucketName, readSetting } from './read-settings.js';

/** Settings of the ingest function. */
export interface IngestConfig {
  readonly bucketName: string;
  readonly maxBytes: number;
}

/** Reads and validates the ingest function's settings. */
export function loadIngestConfig(env: Environment): IngestConfig {
  return {
    bucketName: readBucketName(env),
    maxBytes:
      readSetting(env, ENV.maxBytes, z.optional(positiveNumber), 'a positive number of bytes') ??
      DEFAULT_MAX_BYTES,
  };
}

let cached: IngestConfig | undefined;

/** The ingest function's settings, read from the environment once per container. */
export function ingestConfig(): IngestConfig {
  cached ??= loadIngestConfig(process.env);
  return cached;
}
