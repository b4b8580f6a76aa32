/**
 * One batch through the ingest pipeline as the handler runs it (`ingestObjects`, an in-memory
 * store instead of S3): `--jsonl <file> --corpus <corpus.jsonl> --size K --batch B [--latency-ms L]`.
 * Times a batch of B new files into an edition already holding K articles, beside one rebuild of
 * that edition's stories, so the cost estimate can tell how many rebuilds a batch makes; with a
 * latency on every request, the difference tells how many requests it makes one after another.
 */
import { parseArgs } from 'node:util';
import {
  buildDigest,
  DEFAULT_MAX_BYTES,
  editionKey,
  ingestFile,
  ingestObjects,
  type SourceFile,
} from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { emit } from './child-io.js';
import { readArticlesJsonl, sourceFileOf } from './jsonl-articles.js';
import { readCorpus } from './read-corpus.js';
import { round } from './stats.js';
import { varyArticle } from './vary-article.js';

const { values } = parseArgs({
  options: {
    jsonl: { type: 'string' },
    corpus: { type: 'string' },
    size: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '4' },
    'latency-ms': { type: 'string', default: '0' },
  },
});
if (!values.jsonl || !values.corpus)
  throw new Error('usage: --jsonl <file> --corpus <file> --size K --batch B');
const [size, batch, latencyMs] = [values.size, values.batch, values['latency-ms']].map(Number) as [
  number,
  number,
  number,
];
const settings = { maxBytes: DEFAULT_MAX_BYTES };
const quiet = { info() {}, warn() {}, error() {} };
const lines = await readArticlesJsonl(values.jsonl);
// New files: copies numbered far beyond the corpus's, so their keys and wording are new.
const newFiles = (copy: number): SourceFile[] =>
  Array.from({ length: batch }, (_, i) =>
    sourceFileOf(varyArticle(lines[i % lines.length] ?? { id: 'x', text: '' }, copy + i)),
  );

async function runBatch(store: MemoryStore, edition: string, files: readonly SourceFile[]): Promise<number> {
  for (const file of files) store.seed(`inbox/${file.key}`, file.bytes);
  const start = performance.now();
  const results = await ingestObjects(
    store,
    files.map((f) => ({ key: `inbox/${f.key}`, edition })),
    settings,
    quiet,
  );
  const ms = performance.now() - start;
  const failed = results.find((r) => r instanceof Error);
  if (failed) throw new Error(`the batch failed: ${failed.message}`);
  return ms;
}

const edition = '2024-05-16';
const articles = size > 0 ? await readCorpus(values.corpus, size) : [];
// Rebuilds and a batch untimed first, so the timed ones run equally compiled code.
buildDigest(edition, articles, []);
await runBatch(new MemoryStore(), '2000-01-01', newFiles(20_000));
const digest = buildDigest(edition, articles, []);
let start = performance.now();
buildDigest(edition, articles, []);
const rebuildMs = performance.now() - start;

const files = newFiles(10_000);
start = performance.now();
for (const file of files) ingestFile(file, settings);
const extractMs = (performance.now() - start) / batch;

const store = new MemoryStore(latencyMs);
if (size > 0) {
  const stored = articles.map((a, i) => ({ ...a, contentHash: i.toString(16).padStart(64, '0') }));
  store.seed(
    editionKey(edition),
    JSON.stringify({ edition, articles: stored, rejected: [], stories: digest.stories }),
  );
}
const batchMs = await runBatch(store, edition, files);

emit({
  size,
  batch,
  latencyMs,
  rebuildMs: round(rebuildMs),
  extractMs: round(extractMs),
  batchMs: round(batchMs),
  // What the batch took beyond reading its files, in rebuilds of the edition: 1 when a batch
  // rebuilds once, about `batch` when every file rebuilds it.
  rebuildsPerBatch: size > 0 ? round((batchMs - batch * extractMs) / rebuildMs) : null,
});
