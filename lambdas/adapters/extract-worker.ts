import { parentPort } from 'node:worker_threads';
import { ingestFile } from '../core/extract/ingest-file.js';

/** A file to read, as the extractor posts it. */
export interface ExtractJob {
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly maxBytes: number;
}

// The worker thread's side of `WorkerExtractor`: one file at a time, the result posted back. Its
// time and heap are bounded by the thread that started it.
if (parentPort) {
  const port = parentPort;
  port.on('message', (job: ExtractJob) => {
    port.postMessage(ingestFile({ key: job.key, bytes: job.bytes }, { maxBytes: job.maxBytes }));
  });
  port.postMessage('ready');
}
