import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { type Fault, type ObjectMetadataSource, startConditionalFront } from './conditional-front.js';

/** Ports of the local services; 0 picks free ones. */
export interface LocalPorts {
  readonly s3: number;
  readonly ses: number;
  /** The unsubscribe endpoint's, which the local pipeline serves. */
  readonly unsubscribe?: number;
  /** The web copies' server (`web-copy-server.ts`), started by the local pipeline. */
  readonly web?: number;
}

/** A local AWS: s3rver behind its conditional-write front, and the SES emulator. */
export interface LocalAws {
  readonly bucket: string;
  /** Where S3 clients connect (the front, not s3rver itself). */
  readonly s3Endpoint: string;
  readonly sesEndpoint: string;
  /** The SES emulator's web viewer of sent emails. */
  readonly viewerUrl: string;
  /** The folder s3rver keeps the bucket in. */
  readonly directory: string;
  /** The s3rver instance, whose `event` emitter reports object changes. */
  readonly s3rver: S3rver;
  /** Faults the S3 front injects, for tests. */
  readonly faults: Fault[];
  /** Environment for SDK clients and handlers talking to these services. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

// A CommonJS module exporting its server as `default`; required, so every loader sees the same shape.
const { default: startSes } = createRequire(import.meta.url)('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};

// The handlers' SDK clients keep the endpoints they first saw, for the life of the process: a
// later local AWS in the same process listens where the first one did.
let portsOfThisProcess: LocalPorts | null = null;

// Where s3rver keeps its files; null: a fresh temporary folder per start, removed on stop.
let keptDirectory: string | null = null;

/**
 * Makes later starts in this process keep the bucket in `directory` (created if missing) and
 * leave it there on stop, so objects outlive a restart. Only `npm run local` asks for this:
 * tests and the demo start from an empty bucket.
 */
export function keepLocalS3In(directory: string): void {
  keptDirectory = directory;
}

const portOf = (server: Server): number => (server.address() as AddressInfo).port;
const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

/**
 * Starts S3 and SES emulators on loopback, in this process, and creates the bucket (and any
 * `otherBuckets`) if missing. s3rver keeps its files in a fresh temporary folder, removed on
 * stop, unless `keepLocalS3In` named a folder to keep.
 */
export async function startLocalAws(
  bucket: string,
  requested?: LocalPorts,
  otherBuckets: readonly string[] = [],
): Promise<LocalAws> {
  const ports = requested ?? portsOfThisProcess ?? { s3: 0, ses: 0 };
  const kept = keptDirectory;
  const directory = kept ?? (await mkdtemp(join(tmpdir(), 'news-digest-s3-')));
  if (kept !== null) await mkdir(kept, { recursive: true });
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    // The front rewrites copy sources (see conditional-front.ts), which changes what was signed.
    allowMismatchedSignatures: true,
    directory,
    // s3rver creates a missing bucket's folder and leaves an existing one, objects and all.
    configureBuckets: [bucket, ...otherBuckets].map((name) => ({ name, configs: [] })),
  });
  const s3Address = await s3rver.run();
  const store = (s3rver as unknown as { store: ObjectMetadataSource }).store;
  const { server: front, faults } = await startConditionalFront(store, s3Address, ports.s3);
  const ses = await startSes({ host: '127.0.0.1', port: ports.ses });
  portsOfThisProcess ??= { s3: portOf(front), ses: portOf(ses) };
  // The emulator keeps its mailbox in module state, which outlives a stopped server.
  await fetch(`http://127.0.0.1:${portOf(ses)}/clear-store`, { method: 'POST' });
  const s3Endpoint = `http://127.0.0.1:${portOf(front)}`;
  const sesEndpoint = `http://127.0.0.1:${portOf(ses)}`;
  return {
    bucket,
    s3Endpoint,
    sesEndpoint,
    viewerUrl: `${sesEndpoint}/`,
    directory,
    s3rver,
    faults,
    env: {
      AWS_REGION: 'us-east-1',
      // s3rver accepts only this key; the SES emulator takes any.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_ENDPOINT_URL_S3: s3Endpoint,
      AWS_ENDPOINT_URL_SES: sesEndpoint,
      // Without these, SDK stream uploads reach s3rver as raw aws-chunked frames.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      await close(front);
      await close(ses);
      await s3rver.close();
      if (kept === null) await rm(directory, { recursive: true, force: true });
    },
  };
}
