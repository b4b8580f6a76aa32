import { describe, expect, it } from 'vitest';
import { type Article, GROUPING, groupArticles } from '../lambdas/core/index.js';
import { seedArticles, seedId } from './seed-articles.js';

const ids = (groups: Article[][]): string[][] => groups.map((g) => g.map((a) => seedId(a.key)).sort()).sort();

function article(key: string, title: string, body: string, publishedAt: string | null = null): Article {
  const sentences = body.split(/(?<=\.) /u).map((text, index) => ({ text, index, paragraph: index }));
  return { key, title, outlet: null, url: null, publishedAt, sentences, keyPoints: [], captions: [] };
}

describe('groupArticles', () => {
  it('groups the seeds into the Belt and Road Forum visit and the state visit', () => {
    // Prepare
    const articles = seedArticles();

    // Act
    const groups = groupArticles(articles);

    // Assess
    expect(ids(groups)).toEqual([
      ['000', '001', '002'],
      ['003', '004'],
    ]);
  });

  it('does not depend on the order of its input', () => {
    const articles = seedArticles();

    const forward = ids(groupArticles(articles));
    const backward = ids(groupArticles([...articles].reverse()));

    expect(backward).toEqual(forward);
  });

  it('keeps a single article as a story of its own', () => {
    const [first] = seedArticles();
    if (!first) throw new Error('no seed');

    expect(groupArticles([first])).toEqual([[first]]);
  });

  it('keeps apart reports with the same words published months apart', () => {
    const body =
      'Floods swept through the river valley on Monday. Rescue teams evacuated thousands of residents from the valley towns. The regional governor declared a state of emergency.';
    const reports = [
      article('a.txt', 'Floods sweep river valley', body, '2023-03-01'),
      article('b.txt', 'River valley floods force evacuations', body, '2023-03-02'),
      article('c.txt', 'Floods sweep river valley', body, '2024-09-10'),
      article('d.txt', 'River valley floods force evacuations', body, '2024-09-11'),
    ];

    const groups = groupArticles(reports).map((g) => g.map((a) => a.key).sort());

    expect(groups.sort()).toEqual([
      ['a.txt', 'b.txt'],
      ['c.txt', 'd.txt'],
    ]);
  });

  it('puts unrelated articles in separate stories', () => {
    const reports = [
      article(
        'quake.txt',
        'Earthquake hits Nepal',
        'A strong earthquake struck western Nepal late on Friday.',
      ),
      article(
        'vote.txt',
        'Dutch election result',
        'Geert Wilders won the Dutch general election on Wednesday.',
      ),
    ];

    expect(groupArticles(reports)).toHaveLength(2);
  });

  it('ships one configuration with named settings', () => {
    expect(Object.keys(GROUPING).sort()).toEqual([
      'dateDecayDays',
      'leadSentences',
      'minEventSize',
      'minSplitSize',
      'nameBoost',
      'sameEventDays',
      'splitRatio',
      'subjectThreshold',
      'titleWeight',
    ]);
  });
});
