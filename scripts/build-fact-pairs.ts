/**
 * Chooses the sentence pairs of the fact-alignment set from ECB+ (see scripts/data/fact-pairs/README.md).
 * usage: npm run build:fact-pairs -- <ecbplus articles.jsonl> [pairs.jsonl]
 * Deterministic (fixed seed). Labels already in the output file are kept for pairs chosen again;
 * new pairs are written with label "unlabelled" until someone reads and labels them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { choosePairs } from './lib/choose-pairs.js';
import { DEFAULT_PAIRS_PATH } from './lib/fact-pairs.js';
import { readArticlesJsonl } from './lib/read-jsonl.js';

const { positionals } = parseArgs({ allowPositionals: true });
const [corpus, out = DEFAULT_PAIRS_PATH] = positionals;
if (!corpus) {
  console.error('usage: npm run build:fact-pairs -- <articles.jsonl> [pairs.jsonl]');
  process.exit(1);
}
const articles = await readArticlesJsonl(corpus);
const previous = new Map<string, { label: string; note?: string }>();
const existing = await readFile(out, 'utf8').catch(() => '');
for (const line of existing.split('\n').filter((l) => l.trim())) {
  const p = JSON.parse(line) as { a: { text: string }; b: { text: string }; label: string; note?: string };
  previous.set(`${p.a.text}\u0000${p.b.text}`, { label: p.label, ...(p.note ? { note: p.note } : {}) });
}
const chosen = choosePairs(articles);
let unlabelled = 0;
const lines = chosen.map((pair, i) => {
  const known = previous.get(`${pair.a.text}\u0000${pair.b.text}`);
  if (!known) unlabelled++;
  const id = `p${String(i + 1).padStart(3, '0')}`;
  return JSON.stringify({
    id,
    event: pair.event,
    a: pair.a,
    b: pair.b,
    label: known?.label ?? 'unlabelled',
    kind: pair.kind,
    ...(known?.note ? { note: known.note } : {}),
  });
});
await writeFile(out, `${lines.join('\n')}\n`);
console.log(`${chosen.length} pairs written to ${out} (${unlabelled} unlabelled)`);
