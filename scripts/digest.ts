import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Article,
  buildDigest,
  DEFAULT_MAX_BYTES,
  ingestFile,
  type Rejection,
  renderHtml,
  renderText,
} from '../lambdas/core/index.js';
import { listInputFiles, readInputFile } from './lib/read-input-folder.js';

const USAGE = 'usage: npm run digest -- [inputDir] [--out outDir] [--edition YYYY-MM-DD] [--max-bytes N]';

function fail(message: string): never {
  console.error(`digest: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'out' },
    edition: { type: 'string' },
    'max-bytes': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) fail(`expected one input folder, got ${positionals.length}\n${USAGE}`);
const inputDir = resolve(positionals[0] ?? 'seeds');
const outDir = resolve(values.out);
const edition = values.edition ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/u.test(edition)) fail(`--edition must be YYYY-MM-DD, got "${edition}"`);
const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
if (!Number.isInteger(maxBytes) || maxBytes <= 0)
  fail(`--max-bytes must be a positive whole number of bytes`);

const info = await stat(inputDir).catch(() => null);
if (!info?.isDirectory()) fail(`input folder not found: ${inputDir}`);

const started = performance.now();
const articles: Article[] = [];
const rejected: Rejection[] = [];
for (const key of await listInputFiles(inputDir)) {
  const read = await readInputFile(inputDir, key, maxBytes);
  const result = 'bytes' in read ? ingestFile(read, { maxBytes }) : read;
  if (result.ok) articles.push(result.article);
  else rejected.push(result.rejection);
}
const digest = buildDigest(edition, articles, rejected);

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'digest.json'), `${JSON.stringify(digest, null, 2)}\n`);
await writeFile(join(outDir, 'newsletter.html'), renderHtml(digest));
await writeFile(join(outDir, 'newsletter.txt'), renderText(digest));

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `digest: ${articles.length} articles in ${digest.stories.length} stories, ${rejected.length} rejected, in ${seconds} s`,
);
for (const r of rejected) console.log(`  rejected ${r.key}: ${r.reason}`);
console.log(`wrote ${join(outDir, 'digest.json')}, newsletter.html and newsletter.txt`);
