import { Worker } from 'node:worker_threads';
import type { IngestResult } from '../core/extract/ingest-result.js';
import { EXTRACT_DEADLINE_MS, EXTRACT_MEMORY_MB } from '../core/limits.js';
import type { SourceFile } from '../core/model.js';
import type { Extractor } from '../core/ports.js';
import type { ExtractJob } from './extract-worker.js';

/** Limits of one file's reading, and the worker script that reads it. */
export interface ExtractLimits {
  readonly deadlineMs: number;
  readonly memoryMb: number;
  /** The worker thread's script; the project's `extract-worker` unless given (tests inject faults). */
  readonly entry?: URL;
}

/** The worker thread could not be started: nothing was read, and the file may be tried again. */
export class ExtractorStartError extends Error {
  override readonly name = 'ExtractorStartError';
}

// From the sources (tests, local commands) the worker is TypeScript run through tsx; in the
// bundle it is the `extract-worker.mjs` built beside the handler.
const ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.mjs',
  import.meta.url,
);
const START_TIMEOUT_MS = 30_000;

function rejection(key: string, reason: string): IngestResult {
  return { ok: false, rejection: { key, reason } };
}

/**
 * Reads files in a worker thread whose time and heap are bounded: a file that takes longer than
 * `deadlineMs`, runs out of its `memoryMb` of heap or crashes the thread is rejected with a reason
 * a person understands, and the thread is replaced for the next file. Files are read one at a time.
 *
 * @example
 * const extractor = new WorkerExtractor();
 * const result = await extractor.extract({ key: 'a.txt', bytes }, { maxBytes: 5_242_880 });
 */
export class WorkerExtractor implements Extractor {
  private worker: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly limits: ExtractLimits = { deadlineMs: EXTRACT_DEADLINE_MS, memoryMb: EXTRACT_MEMORY_MB },
  ) {}

  private get entry(): URL {
    return this.limits.entry ?? ENTRY;
  }

  extract(file: SourceFile, options: { readonly maxBytes: number }): Promise<IngestResult> {
    const run = this.queue.then(() => this.run(file, options.maxBytes));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker thread (a new one starts with the next file). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  private start(): Promise<Worker> {
    const entry = this.entry;
    const worker = new Worker(entry, {
      execArgv: entry.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, stackSizeMb: 8 },
      stdout: false,
      stderr: false,
    });
    // An idle worker must not keep a command-line process alive.
    worker.unref();
    const ready = new Promise<Worker>((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new ExtractorStartError(`the extraction thread did not start within ${START_TIMEOUT_MS} ms`));
      }, START_TIMEOUT_MS);
      worker.once('message', () => {
        clearTimeout(timer);
        resolve(worker);
      });
      worker.once('error', (cause) => {
        clearTimeout(timer);
        reject(new ExtractorStartError('the extraction thread failed to start', { cause }));
      });
    });
    // A thread that ends between files is replaced at the next file, not handed that file; only
    // the thread in use is forgotten, since its replacement may already be starting.
    worker.once('exit', () => {
      if (this.worker === ready) this.worker = null;
    });
    return ready;
  }

  private async run(file: SourceFile, maxBytes: number): Promise<IngestResult> {
    this.worker ??= this.start();
    let worker: Worker;
    try {
      worker = await this.worker;
    } catch (error) {
      this.worker = null;
      throw error;
    }
    // A copy of just the file's bytes: a view's whole underlying buffer would be cloned otherwise.
    const bytes = new Uint8Array(file.bytes);
    const job: ExtractJob = { key: file.key, bytes, maxBytes };
    return new Promise<IngestResult>((resolve) => {
      const done = (result: IngestResult, replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (replace) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (result: IngestResult) => done(result, false);
      const onError = (error: Error & { code?: string }) =>
        done(rejection(file.key, reasonOf(error, this.limits.memoryMb)), true);
      const onExit = () =>
        done(rejection(file.key, 'the file could not be processed (its reader stopped)'), true);
      const timer = setTimeout(() => {
        const seconds = this.limits.deadlineMs / 1000;
        done(
          rejection(
            file.key,
            `reading the file took longer than ${seconds} s, the limit for one article; its markup may be pathological`,
          ),
          true,
        );
      }, this.limits.deadlineMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(job, [bytes.buffer]);
    });
  }
}

function reasonOf(error: Error & { code?: string }, memoryMb: number): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `reading the file needed more than ${memoryMb} MB of memory, the limit for one article`;
  return `the file could not be processed (${error.message})`;
}
