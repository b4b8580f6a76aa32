import { DEFAULT_MAX_BYTES, ingestFile, type SourceFile } from '../lambdas/core/index.js';
import type { SameOutput } from './ingest-same-output.js';
import { median, round } from './stats.js';

/** A file to ingest, with the bytes of text it carries (what MB/s counts). */
export interface IngestInput extends SourceFile {
  readonly textBytes: number;
}

/** Ingest throughput over one data set, single-threaded. */
export interface IngestFigures {
  readonly files: number;
  readonly accepted: number;
  readonly textMB: number;
  /** The first pass: code not yet compiled by the JIT, as in a fresh Lambda container. */
  readonly firstPassMs: number;
  readonly passes: number;
  readonly steadyMs: number;
  /** Files (accepted or rejected) per second after the first pass: the median pass, as noise only slows. */
  readonly articlesPerSecond: number;
  /** MB (10^6 bytes) of text per second, in the same pass. */
  readonly textMBPerSecond: number;
  readonly firstPassArticlesPerSecond: number;
  /** Whether every file's output matches the stored hashes; absent where none are stored (the seeds). */
  readonly sameOutput?: SameOutput;
}

function pass(inputs: readonly IngestInput[]): { ms: number; accepted: number } {
  const options = { maxBytes: DEFAULT_MAX_BYTES };
  let accepted = 0;
  const start = performance.now();
  for (const input of inputs) if (ingestFile(input, options).ok) accepted++;
  return { ms: performance.now() - start, accepted };
}

/**
 * Parses, cleans and extracts every input, once cold, then again until at least `minMs` and three
 * passes have gone by. Steady throughput is that of the median pass.
 */
export function measureIngest(inputs: readonly IngestInput[], minMs: number): IngestFigures {
  if (inputs.length === 0) throw new Error('no input files to ingest');
  const first = pass(inputs);
  const times: number[] = [];
  let steadyMs = 0;
  while (times.length < 3 || steadyMs < minMs) {
    const { ms } = pass(inputs);
    times.push(ms);
    steadyMs += ms;
  }
  const passes = times.length;
  const medianMs = median(times);
  const textBytes = inputs.reduce((sum, input) => sum + input.textBytes, 0);
  return {
    files: inputs.length,
    accepted: first.accepted,
    textMB: round(textBytes / 1e6),
    firstPassMs: round(first.ms),
    passes,
    steadyMs: round(steadyMs),
    articlesPerSecond: round((inputs.length * 1000) / medianMs),
    textMBPerSecond: round(textBytes / 1e6 / (medianMs / 1000)),
    firstPassArticlesPerSecond: round((inputs.length * 1000) / first.ms),
  };
}
