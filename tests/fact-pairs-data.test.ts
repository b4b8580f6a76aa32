import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_LABELS, readFactPairs } from '../scripts/lib/fact-pairs.js';
import { readArticlesJsonl } from '../scripts/lib/read-jsonl.js';

const ROOT = join(import.meta.dirname, '..');
const PAIRS = join(ROOT, 'scripts', 'data', 'fact-pairs', 'pairs.jsonl');
const CORPUS = join(ROOT, '..', 'shared', 'data', 'ecbplus', 'articles.jsonl');

describe('the fact-pair set', () => {
  it('holds at least 400 labelled pairs with every label and unique ids', async () => {
    // Act
    const pairs = await readFactPairs(PAIRS);

    // Assess
    expect(pairs.length).toBeGreaterThanOrEqual(400);
    for (const label of FACT_LABELS) expect(pairs.some((p) => p.label === label)).toBe(true);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
  });

  it('pairs two different articles of one event, spread over many events', async () => {
    // Act
    const pairs = await readFactPairs(PAIRS);

    // Assess
    for (const p of pairs) {
      expect(p.a.article, p.id).not.toBe(p.b.article);
      expect(p.a.text, p.id).not.toBe(p.b.text);
    }
    expect(new Set(pairs.map((p) => p.event)).size).toBeGreaterThanOrEqual(40);
  });

  it('quotes both sentences verbatim from their articles, of the pair event', async (ctx) => {
    if (!existsSync(CORPUS)) ctx.skip(`ECB+ corpus not found at ${CORPUS}: verbatim check skipped`);
    // Prepare
    const pairs = await readFactPairs(PAIRS);
    const articles = new Map((await readArticlesJsonl(CORPUS)).map((a) => [a.id, a]));

    // Act
    const wrong = pairs.flatMap((p) =>
      [p.a, p.b]
        .filter((side) => {
          const article = articles.get(side.article);
          return article?.story_id !== p.event || !article.text.split('\n').includes(side.text);
        })
        .map((side) => `${p.id} ${side.article}`),
    );

    // Assess
    expect(wrong).toEqual([]);
  });
});
