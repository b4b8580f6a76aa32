import { describe, expect, it } from 'vitest';
import { type Article, extractArticle, groupArticles } from '../lambdas/core/index.js';
import { readFixture, TEST_OPTIONS } from './helpers.js';

function articles(...names: string[]): Article[] {
  return names.map((name) =>
    extractArticle({ key: name, bytes: readFixture('articles', 'languages', name) }, TEST_OPTIONS),
  );
}

const keys = (groups: Article[][]): string[][] => groups.map((g) => g.map((a) => a.key).sort()).sort();

describe('groupArticles across languages', () => {
  it('groups two reports of one event in the same language, apart from another event', () => {
    // Prepare
    const spanish = articles('es-derailment-efe.md', 'es-derailment-diario.md', 'es-bank-forecast.md');
    const chinese = articles(
      'zh-derailment-xinhua.md',
      'zh-derailment-chinanews.md',
      'zh-satellite-launch.md',
    );

    // Act
    const groups = groupArticles([...spanish, ...chinese]);

    // Assess
    expect(keys(groups)).toEqual([
      ['es-bank-forecast.md'],
      ['es-derailment-diario.md', 'es-derailment-efe.md'],
      ['zh-derailment-chinanews.md', 'zh-derailment-xinhua.md'],
      ['zh-satellite-launch.md'],
    ]);
  });

  it('never puts one event reported in two languages into one story', () => {
    // Prepare
    const reports = articles(
      'es-derailment-efe.md',
      'fr-derailment.md',
      'de-derailment.md',
      'ru-derailment.md',
      'ar-derailment.md',
      'he-derailment.md',
      'hi-derailment.md',
      'ja-derailment.md',
      'zh-derailment-xinhua.md',
    );

    // Act
    const groups = groupArticles(reports);

    // Assess
    expect(groups).toHaveLength(reports.length);
    for (const group of groups) expect(new Set(group.map((a) => a.language)).size).toBe(1);
  });
});
