import { runChild } from './child-io.js';
import type { RequestCounts } from './counting-store.js';

/** A batch through `ingestObjects`, as `pipeline-child.ts` emits it. */
export interface PipelineFigures {
  readonly batch: number;
  readonly latencyMs: number;
  readonly batchMs: number;
  readonly cpuMsPerFile: number;
  /** Every request the batch made, by kind. */
  readonly requests: RequestCounts;
}

/** What the pipeline probes found. */
export interface PipelineProbes {
  /** A full batch, without and with a latency on every request. */
  readonly unhindered: PipelineFigures;
  readonly delayed: PipelineFigures;
  /** Requests one batch makes one after another: the delay the latency added, over the latency. */
  readonly requestsInTurn: number;
  /** S3 requests per file, by price class: HEAD and GET; PUT, COPY and LIST (DELETE is free). */
  readonly perFile: { readonly getClass: number; readonly putClass: number; readonly delete: number };
}

/** A latency well above timer noise. */
const PROBE_LATENCY_MS = 50;

/**
 * Runs the real ingest pipeline on an in-memory store, so the cost estimate follows the code as
 * it is: its CPU per file, the requests it makes, and how many of them one after another.
 */
export async function probePipeline(jsonl: string, batchSize: number): Promise<PipelineProbes> {
  const probe = (latencyMs: number) =>
    runChild<PipelineFigures>('pipeline-child.ts', [
      ...['--jsonl', jsonl, '--batch', String(batchSize), '--latency-ms', String(latencyMs)],
    ]);
  const unhindered = await probe(0);
  const delayed = await probe(PROBE_LATENCY_MS);
  const r = unhindered.requests;
  return {
    unhindered,
    delayed,
    requestsInTurn: (delayed.batchMs - unhindered.batchMs) / PROBE_LATENCY_MS,
    perFile: {
      getClass: (r.head + r.get) / batchSize,
      putClass: (r.put + r.copy + r.list) / batchSize,
      delete: r.delete / batchSize,
    },
  };
}
