/**
 * Builds the engine's background knowledge of how common words are in news:
 * document frequencies of word stems over an openly licensed news corpus.
 *
 * Only stems found in articles of at least MIN_TOPICS different topics are kept, so the table
 * knows general news vocabulary ("said", "police", "president") but none of the corpus's
 * particular names and events.
 *
 * usage: npm run build:frequencies -- <articles.jsonl>
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { termSet } from '../lambdas/core/text/terms.js';
import { readArticlesJsonl } from './lib/read-jsonl.js';

const MIN_TOPICS = 4;
const input = process.argv[2] ?? '../shared/data/ecbplus/articles.jsonl';
const output = join(import.meta.dirname, '..', 'lambdas', 'core', 'data', 'news-term-frequencies.json');

const articles = await readArticlesJsonl(input);
const df = new Map<string, number>();
const topics = new Map<string, Set<string>>();
for (const article of articles) {
  const topic = article.topic_id ?? article.id;
  for (const stem of termSet(`${article.title ?? ''}\n${article.text}`)) {
    df.set(stem, (df.get(stem) ?? 0) + 1);
    const seen = topics.get(stem);
    if (seen) seen.add(topic);
    else topics.set(stem, new Set([topic]));
  }
}
const kept = [...df.entries()]
  .filter(([stem]) => (topics.get(stem)?.size ?? 0) >= MIN_TOPICS)
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const table = {
  source:
    'ECB+ corpus (Cybulska and Vossen, LREC 2014), 982 English news articles in 43 topics, via cltl/ECB-parser; stems found in at least 4 topics',
  license: 'CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/)',
  documents: articles.length,
  frequencies: Object.fromEntries(kept),
};
await writeFile(output, `${JSON.stringify(table)}\n`);
console.log(`wrote ${kept.length} of ${df.size} stems from ${articles.length} articles to ${output}`);
