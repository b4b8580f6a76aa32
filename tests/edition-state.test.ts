import { describe, expect, it } from 'vitest';
import { editionDigest, emptyEdition, withArticle, withRejection } from '../lambdas/core/index.js';
import { seedArticles } from './seed-articles.js';

const [first, second] = seedArticles();
if (!first || !second) throw new Error('seeds missing');

describe('edition state', () => {
  it('adds an article and builds its stories', () => {
    // Act
    const state = withArticle(emptyEdition('2024-05-16'), first, 'hash-1');

    // Assess
    expect(state?.articles.map((a) => a.key)).toEqual([first.key]);
    expect(state?.stories).toHaveLength(1);
    expect(state?.articles[0]?.sentences.length).toBeLessThanOrEqual(12);
  });

  it('changes nothing for the same file again, or the same content under another name', () => {
    const state = withArticle(emptyEdition('2024-05-16'), first, 'hash-1');
    if (!state) throw new Error('no state');

    expect(withArticle(state, first, 'hash-1')).toBeNull();
    expect(withArticle(state, { ...first, key: 'copy.txt' }, 'hash-1')).toBeNull();
  });

  it('replaces an earlier version of a file, article or rejection alike', () => {
    const one = withArticle(emptyEdition('2024-05-16'), first, 'hash-1');
    if (!one) throw new Error('no state');

    const rejected = withRejection(one, { key: first.key, reason: 'the file is empty' }, 'hash-2');
    const fixed = rejected && withArticle(rejected, second && { ...second, key: first.key }, 'hash-3');

    expect(rejected?.articles).toEqual([]);
    expect(rejected && editionDigest(rejected).rejected).toEqual([
      { key: first.key, reason: 'the file is empty' },
    ]);
    expect(fixed?.rejected).toEqual([]);
    expect(fixed?.articles.map((a) => a.contentHash)).toEqual(['hash-3']);
  });
});
