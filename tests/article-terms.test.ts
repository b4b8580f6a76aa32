import { describe, expect, it } from 'vitest';
import { articleFeatures } from '../lambdas/core/group/article-features.js';
import { batchTerms } from '../lambdas/core/group/article-terms.js';
import { GROUPING } from '../lambdas/core/group/grouping-config.js';
import type { Article } from '../lambdas/core/index.js';
import { TermIndex } from '../lambdas/core/text/term-index.js';
import { seedArticles } from './seed-articles.js';

function article(title: string, ...sentences: string[]): Article {
  return {
    key: `${title}.txt`,
    title,
    outlet: null,
    url: null,
    publishedAt: null,
    language: 'en',
    sentences: sentences.map((text, index) => ({ text, index, paragraph: index })),
    keyPoints: [],
    captions: [],
  };
}

describe('batchTerms', () => {
  it('counts exactly the stems, title terms and names articleFeatures finds', () => {
    // Prepare
    const articles = [
      ...seedArticles(),
      article(
        'Pierre Thomas visits Paris',
        'Pierre Thomas met Anne Hidalgo in Paris on Monday.',
        'Paris said two.',
      ),
      article('no capitals here', 'Nothing Capitalised Here Either, Said Nobody.'),
    ];
    const index = new TermIndex();

    // Act
    const terms = batchTerms(articles, GROUPING, index);

    // Assess
    const specific = new Set<string>();
    articles.forEach((a, i) => {
      const features = articleFeatures(a, GROUPING.leadSentences, GROUPING.titleWeight);
      for (const stem of features.specific) specific.add(stem);
      const counts = new Map<string, number>();
      for (const stem of features.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      const row = Array.from({ length: (terms.offsets[i + 1] ?? 0) - (terms.offsets[i] ?? 0) }, (_, j) => {
        const k = (terms.offsets[i] ?? 0) + j;
        return [index.stem(terms.ids[k] ?? -1), terms.counts[k], terms.inTitle[k] === 1] as const;
      });
      const title = new Set(features.title);
      expect(row).toEqual([...counts].map(([stem, count]) => [stem, count, title.has(stem)]));
    });
    const flagged = Array.from({ length: index.size }, (_, id) => id)
      .filter((id) => terms.specific[id] === 1)
      .map((id) => index.stem(id));
    expect(flagged.sort()).toEqual([...specific].sort());
  });
});
