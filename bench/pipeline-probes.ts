import { runChild } from './child-io.js';

/** A batch through `ingestObjects`, as `pipeline-child.ts` emits it. */
export interface PipelineFigures {
  readonly size: number;
  readonly batch: number;
  readonly latencyMs: number;
  readonly rebuildMs: number;
  readonly extractMs: number;
  readonly batchMs: number;
  readonly rebuildsPerBatch: number | null;
}

/** What the pipeline probes found. */
export interface PipelineProbes {
  /** A few files into an edition big enough that its rebuilds dominate. */
  readonly rebuilds: PipelineFigures;
  /** A full batch into an empty edition, without and with a latency on every request. */
  readonly unhindered: PipelineFigures;
  readonly delayed: PipelineFigures;
  /** Requests one batch makes one after another: the delay the latency added, over the latency. */
  readonly requestsInTurn: number;
}

/** The probes' sizes: an edition big enough that rebuilds dominate, and a latency well above timer noise. */
const PROBE = { size: 1000, batch: 4, latencyMs: 50 };

/**
 * Runs the real ingest pipeline on an in-memory store, so the cost estimate follows the code as
 * it is: how many times a batch rebuilds its edition, and how many requests it makes in turn.
 */
export async function probePipeline(
  jsonl: string,
  corpusFile: string,
  corpusSize: number,
  batchSize: number,
): Promise<PipelineProbes> {
  const probe = (size: number, batch: number, latencyMs: number) =>
    runChild<PipelineFigures>('pipeline-child.ts', [
      ...['--jsonl', jsonl, '--corpus', corpusFile, '--size', String(size)],
      ...['--batch', String(batch), '--latency-ms', String(latencyMs)],
    ]);
  const rebuilds = await probe(Math.min(PROBE.size, corpusSize), PROBE.batch, 0);
  const unhindered = await probe(0, batchSize, 0);
  const delayed = await probe(0, batchSize, PROBE.latencyMs);
  return {
    rebuilds,
    unhindered,
    delayed,
    requestsInTurn: (delayed.batchMs - unhindered.batchMs) / PROBE.latencyMs,
  };
}
