/**
 * Scores story grouping against gold labels: BCubed precision, recall and F1.
 * usage: npm run eval -- <articles.jsonl>   (lines: {id, story_id, outlet, url, title, date, text})
 */
import { parseArgs } from 'node:util';
import {
  type Article,
  DEFAULT_MAX_BYTES,
  groupArticles,
  ingestFile,
  storyKeyPoints,
} from '../lambdas/core/index.js';
import { bcubed } from './lib/bcubed.js';
import { readArticlesJsonl } from './lib/read-jsonl.js';

const { positionals } = parseArgs({ allowPositionals: true });
const path = positionals[0];
if (!path) {
  console.error('usage: npm run eval -- <articles.jsonl>');
  process.exit(1);
}
const lines = await readArticlesJsonl(path).catch((error: Error) => {
  console.error(`eval: ${error.message}`);
  process.exit(1);
});
const encoder = new TextEncoder();
const gold = new Map<string, string>();
const articles: Article[] = [];
let rejected = 0;
const extractStart = performance.now();
for (const line of lines) {
  const key = `${line.id}.json`;
  if (line.story_id) gold.set(key, line.story_id);
  const result = ingestFile(
    { key, bytes: encoder.encode(JSON.stringify(line)) },
    { maxBytes: DEFAULT_MAX_BYTES },
  );
  if (result.ok) articles.push(result.article);
  else rejected++;
}
const extractMs = performance.now() - extractStart;
const groupStart = performance.now();
const stories = groupArticles(articles);
const groupMs = performance.now() - groupStart;
const mergeStart = performance.now();
for (const story of stories) storyKeyPoints(story);
const mergeMs = performance.now() - mergeStart;
const predicted = new Map<string, number>();
stories.forEach((story, i) => {
  for (const a of story) predicted.set(a.key, i);
});
const scored = articles.filter((a) => gold.has(a.key)).map((a) => a.key);
const score = bcubed(
  scored,
  (k) => gold.get(k) ?? '',
  (k) => String(predicted.get(k)),
);
console.log(`articles   ${articles.length} (${rejected} rejected)`);
console.log(`stories    ${stories.length} predicted, ${new Set(gold.values()).size} gold`);
console.log(
  `BCubed     precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}`,
);
console.log(
  `time       extract ${extractMs.toFixed(0)} ms, group ${groupMs.toFixed(0)} ms, key points ${mergeMs.toFixed(0)} ms (grouping + key points ${(groupMs + mergeMs).toFixed(0)} ms)`,
);
