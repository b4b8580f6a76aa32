import { describe, expect, it } from 'vitest';
import { type ArticleRecord, buildDigest, buildEdition, toRecord } from '../lambdas/core/index.js';
import { seedArticles, seedId } from './seed-articles.js';

const at = new Date('2024-05-16T08:00:00Z');
const articles = seedArticles();
const recordOf = (index: number, key?: string): ArticleRecord => {
  const article = articles[index];
  if (!article) throw new Error(`no seed ${index}`);
  // The hash stands for the file's bytes: the same seed is the same text.
  return toRecord({ ok: true, article: { ...article, key: key ?? article.key } }, `hash-${index}`, at);
};

describe('buildEdition', () => {
  it('builds the same stories as the engine does from the articles', () => {
    // Prepare
    const records = articles.map((_, i) => recordOf(i));

    // Act
    const digest = buildEdition('2024-05-16', records);

    // Assess: records keep the lead grouping reads, so the engine is given the same.
    expect(digest).toEqual(
      buildDigest(
        '2024-05-16',
        records.flatMap((r) => (r.status === 'article' ? [r.article] : [])),
        [],
      ),
    );
  });

  it('lists a file with the same text as another under the first as its copy, counted once', () => {
    // Prepare: 003 arrives twice, under a wire service's name too.
    const records = [...articles.map((_, i) => recordOf(i)), recordOf(3, 'wire/copy-of-003.txt')];

    // Act
    const digest = buildEdition('2024-05-16', records);

    // Assess
    const listed = digest.stories.flatMap((s) => s.articles);
    expect(listed.map((a) => a.key)).not.toContain('wire/copy-of-003.txt');
    expect(listed.find((a) => seedId(a.key) === '003')?.copies).toEqual(['wire/copy-of-003.txt']);
    expect(digest.stories.map((s) => s.articles.length)).toEqual([3, 2]);
  });

  it('keeps a copy whose original is gone (changed or deleted), as an article of its own', () => {
    // Prepare: the original 003 was replaced by other text; its former copy stands alone.
    const records = [recordOf(0), recordOf(1), recordOf(2), recordOf(4), recordOf(3, 'wire/copy-of-003.txt')];

    // Act
    const digest = buildEdition('2024-05-16', records);

    // Assess
    const keys = digest.stories.flatMap((s) => s.articles.map((a) => a.key));
    expect(keys).toContain('wire/copy-of-003.txt');
    expect(digest.stories.flatMap((s) => s.articles).every((a) => a.copies === undefined)).toBe(true);
  });

  it('lists rejected records and unreadable ones among the rejected files', () => {
    // Prepare
    const rejected = toRecord(
      { ok: false, rejection: { key: 'scan.pdf', reason: 'a PDF document' } },
      'h',
      at,
    );

    // Act
    const digest = buildEdition(
      '2024-05-16',
      [recordOf(0), rejected],
      [{ key: 'bad.txt', reason: 'unreadable' }],
    );

    // Assess
    expect(digest.rejected).toEqual([
      { key: 'bad.txt', reason: 'unreadable' },
      { key: 'scan.pdf', reason: 'a PDF document' },
    ]);
  });
});
