/**
 * Builds the scale benchmark's articles once: `--jsonl <file> --size N --out <file.jsonl>`. The
 * articles are stored as an edition keeps them (the lead only, see `compactArticle`), so every
 * size's child reads the same data instead of ingesting it again. Emits the count and the time.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GROUPING } from '../lambdas/core/index.js';
import { emit } from './child-io.js';
import { readArticlesJsonl } from './jsonl-articles.js';
import { scaleCorpus } from './scale-corpus.js';

const { values } = parseArgs({
  options: { jsonl: { type: 'string' }, size: { type: 'string' }, out: { type: 'string' } },
});
if (!values.jsonl || !values.size || !values.out)
  throw new Error('usage: --jsonl <file> --size N --out <file>');

const start = performance.now();
const lines = await readArticlesJsonl(values.jsonl);
// The edition state keeps only the lead: grouping reads no further, and neither does this benchmark.
const articles = scaleCorpus(lines, Number(values.size)).map((a) => ({
  ...a,
  sentences: a.sentences.slice(0, GROUPING.leadSentences),
}));
// One article a line, so a child reads only the articles of its size and its memory holds no more.
await writeFile(values.out, articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
emit({ articles: articles.length, base: lines.length, ms: performance.now() - start });
