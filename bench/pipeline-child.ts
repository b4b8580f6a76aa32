/**
 * One batch through the ingest pipeline as the handler runs it (`ingestObjects` with the
 * production `WorkerExtractor`, an in-memory store instead of S3): `--jsonl <file> --batch B
 * [--latency-ms L]`. Counts the requests the batch makes and times it; with a latency on every
 * request, the difference from a run without tells how many it makes one after another.
 */
import { parseArgs } from 'node:util';
import { WorkerExtractor } from '../lambdas/adapters/worker-extractor.js';
import { DEFAULT_MAX_BYTES, ingestObjects, type SourceFile } from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { emit } from './child-io.js';
import { CountingStore } from './counting-store.js';
import { readArticlesJsonl, sourceFileOf } from './jsonl-articles.js';
import { round } from './stats.js';
import { varyArticle } from './vary-article.js';

const { values } = parseArgs({
  options: {
    jsonl: { type: 'string' },
    batch: { type: 'string' },
    'latency-ms': { type: 'string', default: '0' },
  },
});
if (!values.jsonl || !values.batch) throw new Error('usage: --jsonl <file> --batch B [--latency-ms L]');
const [batch, latencyMs] = [Number(values.batch), Number(values['latency-ms'])];
const settings = { maxBytes: DEFAULT_MAX_BYTES };
const quiet = { info() {}, warn() {}, error() {} };
const lines = await readArticlesJsonl(values.jsonl);
const extractor = new WorkerExtractor();
// New files: copies numbered far beyond the corpus's, so their keys and wording are new.
const newFiles = (copy: number): SourceFile[] =>
  Array.from({ length: batch }, (_, i) =>
    sourceFileOf(varyArticle(lines[i % lines.length] ?? { id: 'x', text: '' }, copy + i)),
  );

async function runBatch(latency: number, files: readonly SourceFile[]) {
  const memory = new MemoryStore(latency);
  for (const file of files) memory.seed(`inbox/${file.key}`, file.bytes);
  const store = new CountingStore(memory);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const results = await ingestObjects(
    { store, extractor, log: quiet },
    files.map((f) => `inbox/${f.key}`),
    settings,
  );
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const failed = results.find((r) => r instanceof Error);
  if (failed) throw new Error(`the batch failed: ${failed.message}`);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, counts: store.counts };
}

// A batch untimed first, so the worker thread is started and the timed batch runs compiled code.
await runBatch(0, newFiles(20_000));
const { ms, cpuMs, counts } = await runBatch(latencyMs, newFiles(10_000));
await extractor.close();

emit({
  batch,
  latencyMs,
  batchMs: round(ms),
  // Both threads (the handler's and the extraction worker's): what the function is billed for.
  cpuMsPerFile: round(cpuMs / batch),
  requests: counts,
});
