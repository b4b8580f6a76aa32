import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runChild } from './child-io.js';
import {
  type DayBuildFigures,
  type DayFigures,
  type DayIngestFigures,
  type DayRun,
  summarizeDay,
} from './day-figures.js';
import { bundleScript, runLimited } from './limited-run.js';

/** How the days were measured: the newsletter function's limits the builds ran under. */
export interface DaySettings {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly batchSize: number;
  readonly newsletterMemoryMb: number;
  readonly maxOldSpaceSizeMb: number;
  /** The cgroup memory limit the builds ran in, in MiB; null when this machine allowed none. */
  readonly cgroupMiB: number | null;
  /** Most articles an edition takes (the deployed cap): a bigger day leaves the rest for the next. */
  readonly maxArticles: number;
}

/** Options of the day benchmark. */
export interface DayOptions {
  readonly jsonl: string;
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly batchSize: number;
  readonly memoryMb: number;
  readonly maxArticles: number;
  readonly workDir: string;
  readonly log: (line: string) => void;
}

/**
 * Whole days: each size's files ingested through the real pipeline in one process, then its
 * edition built once in another, bundled and limited like the newsletter function, so the build's
 * peak is its own. Runs go in rounds over the sizes, so a noisy moment hits one run of a size only.
 */
export async function runDay(options: DayOptions): Promise<{ day: DayFigures[]; settings: DaySettings }> {
  const bundle = await bundleScript('day-build-child.ts', join(options.workDir, 'day-build.mjs'));
  const runs = new Map<number, DayRun[]>(options.sizes.map((s) => [s, []]));
  let cgroupMiB: number | null = null;
  let heapLimitMb = 0;
  for (let round = 1; round <= options.runs; round++) {
    for (const size of options.sizes) {
      const folder = join(options.workDir, `records-${size}`);
      await mkdir(folder);
      try {
        options.log(`day: ingesting ${size} files (run ${round} of ${options.runs})`);
        const ingest = await runChild<DayIngestFigures>('day-ingest-child.ts', [
          ...['--jsonl', options.jsonl, '--size', String(size)],
          ...['--batch', String(options.batchSize), '--out', folder],
        ]);
        options.log(`day: building the edition of ${size}`);
        const built = await runLimited<DayBuildFigures>(
          bundle,
          ['--records', folder, '--max-articles', String(options.maxArticles)],
          options.memoryMb,
        );
        cgroupMiB = built.cgroupMiB;
        heapLimitMb = built.heapLimitMb;
        runs.get(size)?.push({ ...ingest, build: built.result, buildFailure: built.failure });
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    }
  }
  return {
    day: options.sizes.map((size) => summarizeDay(runs.get(size) ?? [])),
    settings: {
      sizes: options.sizes,
      runs: options.runs,
      batchSize: options.batchSize,
      newsletterMemoryMb: options.memoryMb,
      maxOldSpaceSizeMb: heapLimitMb,
      cgroupMiB,
      maxArticles: options.maxArticles,
    },
  };
}
