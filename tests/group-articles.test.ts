import { describe, expect, it } from 'vitest';
import { dateAgreement } from '../lambdas/core/group/grouping-config.js';
import { type Article, GROUPING, groupArticles } from '../lambdas/core/index.js';
import { seedArticles, seedId } from './seed-articles.js';

const ids = (groups: Article[][]): string[][] => groups.map((g) => g.map((a) => seedId(a.key)).sort()).sort();

function article(key: string, title: string, body: string, publishedAt: string | null = null): Article {
  const sentences = body.split(/(?<=\.) /u).map((text, index) => ({ text, index, paragraph: index }));
  return {
    key,
    title,
    outlet: null,
    url: null,
    publishedAt,
    language: 'en',
    sentences,
    keyPoints: [],
    captions: [],
  };
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

  it('keeps apart two events of the same kind in one place', () => {
    const reports = [
      article(
        'a.txt',
        'Floods sweep Ebro valley',
        'Floods swept through the Ebro valley on Monday after days of heavy rain. Rescue teams evacuated hundreds of residents from Zaragoza. The regional government declared an emergency.',
        '2023-03-01',
      ),
      article(
        'b.txt',
        'Ebro floods force evacuations in Zaragoza',
        'Hundreds of residents of Zaragoza were evacuated on Monday as the Ebro burst its banks. The regional government declared an emergency after days of heavy rain.',
        '2023-03-01',
      ),
      article(
        'c.txt',
        'Floods sweep Ebro valley',
        'Floods swept through the Ebro valley on Friday after a week of storms. Rescue teams evacuated dozens of families from Tudela. The army was sent to help.',
        '2024-09-10',
      ),
      article(
        'd.txt',
        'Ebro floods force evacuations in Tudela',
        'Dozens of families in Tudela were evacuated on Friday as the Ebro rose. The army was sent to help after a week of storms.',
        '2024-09-11',
      ),
    ];

    const groups = groupArticles(reports).map((g) => g.map((a) => a.key).sort());

    expect(groups.sort()).toEqual([
      ['a.txt', 'b.txt'],
      ['c.txt', 'd.txt'],
    ]);
  });

  it('keeps copies of one wire story together with the other reports of its event', () => {
    const [first, ...others] = seedArticles();
    if (!first) throw new Error('no seed');
    const copies = Array.from({ length: 6 }, (_, i) => ({ ...first, key: `copy-${i}.txt` }));

    const groups = groupArticles([first, ...copies, ...others]);

    expect(groups).toHaveLength(2);
    expect(
      groups
        .find((g) => g.includes(first))
        ?.map((a) => seedId(a.key))
        .sort(),
    ).toEqual(['000', '001', '002', 'cop', 'cop', 'cop', 'cop', 'cop', 'cop']);
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
});

describe('dateAgreement', () => {
  it('is 1 when a date is unknown or the dates are days apart', () => {
    expect(dateAgreement(null, '2024-05-16')).toBe(1);
    expect(dateAgreement('2024-05-16', '2024-05-18T10:00:00.000Z')).toBe(1);
  });

  it('lowers the similarity of reports months apart, but never below the floor', () => {
    const months = dateAgreement('2023-10-17', '2024-05-16');

    expect(months).toBeLessThan(0.6);
    expect(months).toBeGreaterThanOrEqual(GROUPING.dateFloor);
  });
});
