import { median } from './stats.js';

/** One day's files through the real ingest, as `day-ingest-child.ts` emits it. */
export interface DayIngestFigures {
  readonly articles: number;
  readonly accepted: number;
  readonly records: number;
  /** A cold container's first batch: the worker thread's start and its code's compilation. */
  readonly firstBatchMs: number;
  readonly ingestMs: number;
  readonly ingestMsPerArticle: number;
  readonly cpuMsPerArticle: number;
  /** Bytes under `records/` before the build. */
  readonly storedBytes: number;
}

/** The send-time build of that day, as `day-build-child.ts` emits it. */
export interface DayBuildFigures {
  readonly taken: number;
  readonly deferred: number;
  readonly stories: number;
  readonly buildMs: number;
  /** Resident memory when the build started: Node, the bundle's code and the templates. */
  readonly rssStartMiB: number;
  /** Peak resident memory of the whole process through the build. */
  readonly buildPeakMiB: number;
  readonly renderMs: number;
  /** The same, through the render that follows the build. */
  readonly peakWithRenderMiB: number;
  readonly peakMethod: string;
  readonly heapLimitMiB: number;
  readonly snapshotBytes: number;
}

/** One run of one day: its ingest, and its build (null when the build ran out of memory). */
export interface DayRun extends DayIngestFigures {
  readonly build: DayBuildFigures | null;
  readonly buildFailure: string | null;
}

/** The runs of one day's size: medians, minimums, and every run. */
export interface DayFigures {
  readonly articles: number;
  readonly ingestMsPerArticle: number;
  readonly storedBytes: number;
  /** Median over the runs whose build finished; null when none did. */
  readonly buildMs: number | null;
  readonly buildPeakMiB: number | null;
  readonly min: {
    readonly ingestMsPerArticle: number;
    readonly buildMs: number | null;
    readonly buildPeakMiB: number | null;
  };
  /** The highest peak of any run: what the function's memory must hold. */
  readonly maxBuildPeakMiB: number | null;
  readonly builds: number;
  readonly buildFailures: number;
  readonly runs: readonly DayRun[];
}

const orNull = (values: readonly number[], f: (v: readonly number[]) => number): number | null =>
  values.length > 0 ? f(values) : null;

/** Sums up the runs of one size. */
export function summarizeDay(runs: readonly DayRun[]): DayFigures {
  const built = runs.flatMap((r) => (r.build ? [r.build] : []));
  const ingest = runs.map((r) => r.ingestMsPerArticle);
  const buildMs = built.map((b) => b.buildMs);
  const peaks = built.map((b) => b.buildPeakMiB);
  const min = (v: readonly number[]) => Math.min(...v);
  return {
    articles: runs[0]?.articles ?? 0,
    ingestMsPerArticle: median(ingest),
    storedBytes: runs[0]?.storedBytes ?? 0,
    buildMs: orNull(buildMs, median),
    buildPeakMiB: orNull(peaks, median),
    min: { ingestMsPerArticle: min(ingest), buildMs: orNull(buildMs, min), buildPeakMiB: orNull(peaks, min) },
    maxBuildPeakMiB: orNull(peaks, (v) => Math.max(...v)),
    builds: built.length,
    buildFailures: runs.length - built.length,
    runs,
  };
}
