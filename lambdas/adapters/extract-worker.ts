import { parentPort } from 'node:worker_threads';
import { ingestFileLazily, LazyReaders } from '../core/extract/lazy-readers.js';

/** A file to read, as the extractor posts it. */
export interface ExtractJob {
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly maxBytes: number;
}

// The worker thread's side of `WorkerExtractor`: one file at a time, the result posted back. Its
// time and heap are bounded by the thread that started it. The HTML and Markdown readers load
// with the first file that needs them (chunks of their own beside this script), so the thread
// starts, and reads text and JSON, without them. A reader that cannot be loaded is a broken
// deployment, not a bad file: the rejected promise ends the thread, as any crash does.
if (parentPort) {
  const port = parentPort;
  const readers = new LazyReaders();
  port.on('message', (job: ExtractJob) => {
    void ingestFileLazily({ key: job.key, bytes: job.bytes }, { maxBytes: job.maxBytes }, readers).then(
      (result) => port.postMessage(result),
    );
  });
  port.postMessage('ready');
}
