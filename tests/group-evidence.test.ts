import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateAgreement } from '../lambdas/core/group/grouping-config.js';
import { type Article, extractArticle, groupArticles } from '../lambdas/core/index.js';
import { fixturePath, readFixture, TEST_OPTIONS } from './helpers.js';
import { seedArticles, seedId } from './seed-articles.js';

/** The articles of one fixture story folder, in file-name order. */
function storyArticles(folder: string): Article[] {
  return readdirSync(fixturePath('stories', folder))
    .sort()
    .map((name) => extractArticle({ key: name, bytes: readFixture('stories', folder, name) }, TEST_OPTIONS));
}

const keys = (groups: Article[][]): string[][] => groups.map((g) => g.map((a) => a.key).sort()).sort();

describe('grouping on evidence', () => {
  it('keeps two weekly reports dated by their metadata a week apart in two stories', () => {
    // Prepare
    const articles = storyArticles('jobless-claims');

    // Act
    const groups = groupArticles(articles);

    // Assess
    expect(articles.every((a) => a.dateSource === 'metadata')).toBe(true);
    expect(keys(groups)).toEqual([
      ['week1-cnbc.json', 'week1-reuters.json'],
      ['week2-cnbc.json', 'week2-reuters.json'],
    ]);
  });

  it('holds together three outlets framing one event differently but sharing its names and figures', () => {
    const articles = storyArticles('plant-explosion');

    const groups = groupArticles(articles);

    expect(groups).toHaveLength(1);
  });

  it('keeps apart two reports of different visits of one leader to one capital', () => {
    const seeds = seedArticles();
    const pair = seeds.filter((a) => ['000', '003'].includes(seedId(a.key)));

    const groups = groupArticles(pair);

    expect(groups).toHaveLength(2);
  });
});

describe('dateAgreement of metadata dates', () => {
  it('sets reports a week apart in different events, and keeps close ones together', () => {
    expect(dateAgreement('2024-03-07', '2024-03-14', undefined, true)).toBe(0);
    expect(dateAgreement('2024-03-07', '2024-03-14')).toBeGreaterThan(0.5);
    expect(dateAgreement('2024-03-07', '2024-03-09T08:00:00Z', undefined, true)).toBe(1);
  });
});
