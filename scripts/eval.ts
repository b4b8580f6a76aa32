/**
 * Scores story grouping against gold labels (BCubed precision, recall and F1), and fact alignment
 * against the labelled sentence pairs of scripts/data/fact-pairs (see its README).
 * usage: npm run eval -- <articles.jsonl> [--pairs pairs.jsonl] [--carries-at 0.7] [--json]
 *   (article lines: {id, story_id, outlet, url, title, date, text})
 */
import { parseArgs } from 'node:util';
import {
  type Article,
  DEFAULT_MAX_BYTES,
  groupArticles,
  ingestFile,
  isSameKeyPoint,
  storyKeyPoints,
} from '../lambdas/core/index.js';
import { bcubed } from './lib/bcubed.js';
import { factReport } from './lib/fact-report.js';
import { factScorers } from './lib/fact-scorers.js';
import { formatFactReport } from './lib/format-fact-report.js';
import { loadFactPairs } from './lib/load-fact-pairs.js';
import { readArticlesJsonl } from './lib/read-jsonl.js';

const USAGE = 'usage: npm run eval -- <articles.jsonl> [--pairs pairs.jsonl] [--carries-at 0.7] [--json]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    pairs: { type: 'string' },
    'carries-at': { type: 'string', default: '0.7' },
    json: { type: 'boolean', default: false },
  },
});
const path = positionals[0];
const carriesAt = Number(values['carries-at']);
if (!path || !(carriesAt >= 0 && carriesAt <= 1)) {
  console.error(USAGE);
  process.exit(1);
}
const pairs = await loadFactPairs(values.pairs).catch((error: Error) => {
  console.error(`eval: ${error.message}`);
  process.exit(1);
});
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
const facts = pairs.pairs && factReport(pairs.pairs, isSameKeyPoint, factScorers(), carriesAt);
if (values.json) {
  const timeMs = { extract: extractMs, group: groupMs, keyPoints: mergeMs };
  const grouping = { articles: articles.length, rejected, stories: stories.length, bcubed: score, timeMs };
  console.log(
    JSON.stringify({ grouping, facts: facts ? { source: pairs.source, ...facts } : null }, null, 2),
  );
  process.exit(0);
}
console.log(`articles   ${articles.length} (${rejected} rejected)`);
console.log(`stories    ${stories.length} predicted, ${new Set(gold.values()).size} gold`);
console.log(
  `BCubed     precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}`,
);
console.log(
  `time       extract ${extractMs.toFixed(0)} ms, group ${groupMs.toFixed(0)} ms, key points ${mergeMs.toFixed(0)} ms (grouping + key points ${(groupMs + mergeMs).toFixed(0)} ms)`,
);
console.log(
  facts ? formatFactReport(facts, pairs.source).join('\n') : `fact pairs none (${pairs.source} not found)`,
);
