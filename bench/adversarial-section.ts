import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EXTRACT_DEADLINE_MS } from '../lambdas/core/limits.js';
import {
  type AdversarialSample,
  type AdversarialSection,
  summarizeAdversarial,
} from './adversarial-figures.js';
import { BUNDLE_OPTIONS, WORKER_SPLITTING } from './bundle-options.js';
import { bundleScript, runLimited } from './limited-run.js';
import type { Machine } from './results.js';

/** The ingest function's memory (`memorySize` in infra/ingest-pipeline.ts), which the run is limited to. */
export const INGEST_MEMORY_MB = 1024;

/** Options of the hostile-file benchmark. */
export interface AdversarialOptions {
  readonly runs: number;
  readonly workDir: string;
  readonly machine: Machine;
  readonly log: (line: string) => void;
}

/**
 * The hostile files through the real `WorkerExtractor`, in one process running the bundled code:
 * the child bundled with the functions' esbuild options and `extract-worker.mjs` bundled beside
 * it with its chunks, as the ingest function's bundle holds it, in a process limited like that
 * function.
 */
export async function runAdversarial(options: AdversarialOptions): Promise<AdversarialSection> {
  const dir = join(options.workDir, 'adversarial');
  await mkdir(dir, { recursive: true });
  const bundle = await bundleScript('adversarial-child.ts', join(dir, 'adversarial.mjs'));
  await build({
    entryPoints: {
      'extract-worker': fileURLToPath(new URL('../lambdas/adapters/extract-worker.ts', import.meta.url)),
    },
    outdir: dir,
    ...BUNDLE_OPTIONS,
    ...WORKER_SPLITTING,
  });
  options.log(`adversarial: hostile files through the extraction thread, ${options.runs} runs each`);
  const run = await runLimited<AdversarialSample[]>(
    bundle,
    ['--runs', String(options.runs)],
    INGEST_MEMORY_MB,
  );
  if (!run.result) throw new Error(`adversarial: the process stopped (${run.failure})`);
  const limits = `--max-old-space-size=${run.heapLimitMb}${run.cgroupMiB === null ? '' : ` in a ${run.cgroupMiB} MiB cgroup`}`;
  return {
    ...summarizeAdversarial(run.result),
    deadlineMs: EXTRACT_DEADLINE_MS,
    runs: options.runs,
    worker: `bundled, extract-worker.mjs beside the caller, in a process limited like the ${INGEST_MEMORY_MB} MB ingest function: ${limits}`,
    generatedAt: new Date().toISOString(),
    machine: options.machine,
  };
}
