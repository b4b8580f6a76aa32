import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lambdas/core/index.js';
import { SEEDS_DIR, squash, TEST_OPTIONS } from './helpers.js';

const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
const extractSeed = (name: string) =>
  extractArticle({ key: name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))) }, TEST_OPTIONS);

// Text that is page clutter in the seeds and must never become a key point.
const CLUTTER = [
  'Reporting by',
  'You may also like',
  'Leave a Comment',
  'All rights reserved',
  'International Desk',
  'photo collected',
  'Thomas Peter',
  'Related article',
  "Editor's P/S",
  'World News',
  'Source: CNN',
  'BDST',
  'Update:',
  'arrived in...',
  'The meeting between Russian President Vladimir Putin and Chinese leader Xi Jinping in Beijing underscores',
];

describe('key points of the seed articles', () => {
  it.each(seeds)('%s: 3 to 12 ranked sentences, each found verbatim in the file', (name) => {
    const source = squash(readFileSync(join(SEEDS_DIR, name), 'utf8'));

    const article = extractSeed(name);

    expect(article.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(article.keyPoints.length).toBeLessThanOrEqual(12);
    for (const point of article.keyPoints) {
      expect(source).toContain(squash(point.text));
      expect(point.text).toMatch(/[.!?]["”’]?$/u);
    }
  });

  it.each(seeds)('%s: no page clutter in any key point', (name) => {
    const article = extractSeed(name);

    for (const point of article.keyPoints)
      for (const clutter of CLUTTER) expect(point.text).not.toContain(clutter);
  });

  it('ranks the lead of a news report first', () => {
    const article = extractSeed('000_91234ff0336afd09.txt');

    expect(article.keyPoints[0]?.text).toMatch(/^Russian President Vladimir Putin arrives in Beijing/u);
  });

  it('ranks best first and never repeats a sentence', () => {
    const article = extractSeed('003_244b8d813f4475ac.txt');
    const scores = article.keyPoints.map((k) => k.score);

    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(article.keyPoints.map((k) => k.text)).size).toBe(article.keyPoints.length);
  });

  it('finds the seeds’ outlets and dates, ignoring the page banner date', () => {
    const cnn = extractSeed('003_244b8d813f4475ac.txt');
    const timeNews = extractSeed('000_91234ff0336afd09.txt');

    expect(cnn).toMatchObject({
      outlet: 'CNN',
      publishedAt: '2024-05-16',
      title: 'Putin arrives in China for state visit, summit with Xi',
    });
    expect(timeNews.outlet).toBe('Time News');
  });
});
