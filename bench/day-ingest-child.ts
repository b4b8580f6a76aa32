/**
 * One day's files through the real ingest, as the queue feeds it: `--jsonl <file> --size N
 * --batch B --out <folder>`. The files (the JSONL's articles, then reworded copies) wait under
 * `inbox/` of an in-memory store and go through `ingestObjects` with the production
 * `WorkerExtractor`, a batch at a time, as one function container takes them. The records are then
 * written to the folder for the build's own process. Emits `DayIngestFigures`.
 */
import { parseArgs } from 'node:util';
import { WorkerExtractor } from '../lambdas/adapters/worker-extractor.js';
import { DEFAULT_MAX_BYTES, ingestObjects, type SourceFile } from '../lambdas/core/index.js';
import { RECORDS } from '../lambdas/core/ingest/article-record.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { emit } from './child-io.js';
import { writeFolder } from './folder-store.js';
import { readArticlesJsonl, sourceFileOf } from './jsonl-articles.js';
import { round } from './stats.js';
import { scaledArticles, varyArticle } from './vary-article.js';

const { values } = parseArgs({
  options: {
    jsonl: { type: 'string' },
    size: { type: 'string' },
    batch: { type: 'string' },
    out: { type: 'string' },
  },
});
if (!values.jsonl || !values.size || !values.batch || !values.out)
  throw new Error('usage: --jsonl <file> --size N --batch B --out <folder>');
const [size, batch] = [Number(values.size), Number(values.batch)];
const settings = { maxBytes: DEFAULT_MAX_BYTES };
const quiet = { info() {}, warn() {}, error() {} };
const lines = await readArticlesJsonl(values.jsonl);
const extractor = new WorkerExtractor();

async function ingestAll(store: MemoryStore, files: readonly SourceFile[]): Promise<number> {
  let accepted = 0;
  for (let i = 0; i < files.length; i += batch) {
    const keys = files.slice(i, i + batch).map((f) => `inbox/${f.key}`);
    for (const outcome of await ingestObjects({ store, extractor, log: quiet }, keys, settings)) {
      if (outcome instanceof Error) throw outcome;
      if (outcome.status === 'article') accepted++;
    }
  }
  return accepted;
}

const seeded = (files: readonly SourceFile[]): MemoryStore => {
  const store = new MemoryStore();
  for (const file of files) store.seed(`inbox/${file.key}`, file.bytes);
  return store;
};

// A batch of other files first, untimed: the worker thread starts and its code is compiled, as
// in a container that has run before. A cold container's first batch is a cost of its own.
const warmUp = lines.slice(0, batch).map((line) => sourceFileOf(varyArticle(line, 100_000)));
const coldStart = performance.now();
await ingestAll(seeded(warmUp), warmUp);
const firstBatchMs = performance.now() - coldStart;

const files = scaledArticles(lines, size).map(sourceFileOf);
const store = seeded(files);
const cpuBefore = process.cpuUsage();
const start = performance.now();
const accepted = await ingestAll(store, files);
const ingestMs = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
await extractor.close();

const keys = store.keys(RECORDS);
const bodies: [string, Uint8Array][] = [];
for (const key of keys) {
  const object = await store.get(key);
  if (object) bodies.push([key, object.body]);
}
await writeFolder(values.out, bodies);

emit({
  articles: size,
  accepted,
  records: keys.length,
  firstBatchMs: round(firstBatchMs),
  ingestMs: round(ingestMs),
  ingestMsPerArticle: round(ingestMs / size),
  // Both threads' CPU (the handler's and the extraction worker's), which the function is billed for.
  cpuMsPerArticle: round((cpu.user + cpu.system) / 1000 / size),
  storedBytes: store.bytes(RECORDS),
});
