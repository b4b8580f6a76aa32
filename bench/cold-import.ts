import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Bundle } from './synth-bundles.js';

const run = promisify(execFile);

/** One cold import: the import itself, the time from the process's start to its end, and the memory after. */
export interface ColdImport {
  readonly importMs: number;
  readonly sinceStartMs: number;
  /** Resident memory once imported and collected: what the function holds before its first event. */
  readonly rssMiB: number;
}

/**
 * A variant to time: a bundle under a given environment. A `handler` is imported and must export
 * `handler`; a `worker` is started as a worker thread, timed until its first message (it posts
 * `ready` once its module has loaded), as the ingest handler starts its extraction thread.
 */
export interface ImportVariant {
  readonly name: string;
  readonly bundle: Bundle;
  readonly environment: Record<string, string>;
  readonly kind?: 'handler' | 'worker';
}

/** The region Lambda sets; the S3 client reads it when the handler module creates it. */
const REGION = 'us-east-1';

const HANDLER_SCRIPT = (url: string): string => `const t = performance.now(); const m = await import(${url});
const importMs = performance.now() - t, sinceStartMs = performance.now();
if (typeof m.handler !== 'function') throw new Error('no handler');`;

const WORKER_SCRIPT = (url: string): string => `const { Worker } = await import('node:worker_threads');
const t = performance.now(); const w = new Worker(new URL(${url}), { execArgv: [] });
await new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
const importMs = performance.now() - t, sinceStartMs = performance.now(); await w.terminate();`;

async function importOnce(variant: ImportVariant, shared: Record<string, string>): Promise<ColdImport> {
  const url = JSON.stringify(pathToFileURL(variant.bundle.file).href);
  // performance.now() counts from the process's start, so `sinceStartMs` includes Node's boot.
  const script = `${variant.kind === 'worker' ? WORKER_SCRIPT(url) : HANDLER_SCRIPT(url)}
globalThis.gc(); console.log(JSON.stringify({ importMs, sinceStartMs, rssMiB: process.memoryUsage().rss / 2 ** 20 }));`;
  const { stdout } = await run(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', AWS_REGION: REGION, ...shared, ...variant.environment },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ColdImport;
}

/**
 * Imports each variant in a fresh Node process, `rounds` times, the variants taking turns so that
 * a slow moment of a noisy machine falls on all of them alike. A first round, which also warms
 * the file cache, is not counted. `shared` is set for every variant alike (e.g. where the
 * stand-in for Secrets Manager listens, and its credentials).
 */
export async function timeColdImports(
  variants: readonly ImportVariant[],
  rounds: number,
  shared: Record<string, string> = {},
): Promise<Record<string, ColdImport[]>> {
  const out: Record<string, ColdImport[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const variant of variants) {
      const result = await importOnce(variant, shared);
      if (round > 0) out[variant.name]?.push(result);
    }
  }
  return out;
}
