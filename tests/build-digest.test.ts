import { describe, expect, it } from 'vitest';
import { buildDigest, isSameKeyPoint } from '../lambdas/core/index.js';
import { squash } from './helpers.js';
import { seedArticles, seedId } from './seed-articles.js';

describe('buildDigest on the seeds', () => {
  const articles = seedArticles();
  const digest = buildDigest('2024-05-17', articles, [{ key: 'x.pdf', reason: 'binary' }]);

  it('makes one story per event, the three-outlet story first', () => {
    expect(digest.stories.map((s) => s.articles.map((a) => seedId(a.key)).sort())).toEqual([
      ['000', '001', '002'],
      ['003', '004'],
    ]);
  });

  it('heads each story with the clearest of its titles', () => {
    expect(digest.stories[1]?.headline).toBe('Putin arrives in China for state visit, summit with Xi');
    for (const story of digest.stories) {
      expect(story.headline.split(' ').length).toBeLessThanOrEqual(16);
      expect(story.articles.map((a) => a.title)).toContain(story.headline);
    }
  });

  it('gives each story 3 to 7 key points, each verbatim from an article it names', () => {
    for (const story of digest.stories) {
      expect(story.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(story.keyPoints.length).toBeLessThanOrEqual(7);
      for (const point of story.keyPoints) {
        const sources = articles.filter((a) => point.articleKeys.includes(a.key));
        expect(sources.some((a) => a.sentences.some((s) => squash(s.text) === squash(point.text)))).toBe(
          true,
        );
      }
    }
  });

  it('attributes a fact several outlets reported to all of them', () => {
    for (const story of digest.stories) {
      const shared = story.keyPoints.filter((p) => p.articleKeys.length >= 2);
      expect(shared.length).toBeGreaterThanOrEqual(1);
    }
    const cnnStory = digest.stories[1];
    expect(cnnStory?.keyPoints.some((p) => p.outlets.includes('CNN') && p.articleKeys.length === 2)).toBe(
      true,
    );
  });

  it('never states the same fact twice in a story', () => {
    for (const story of digest.stories) {
      const texts = story.keyPoints.map((p) => p.text);
      for (const [i, a] of texts.entries()) {
        for (const b of texts.slice(i + 1)) expect(isSameKeyPoint(a, b), `${a}\n${b}`).toBe(false);
      }
    }
  });

  it('credits the paraphrase of the rewrite to its original too, quoting one source first', () => {
    const stateVisit = digest.stories[1]?.keyPoints ?? [];
    const partnership = stateVisit.find((p) => /partnership/u.test(p.text) && /Xinhua/u.test(p.text));

    expect(partnership?.articleKeys.map(seedId).sort()).toEqual(['003', '004']);
    expect(partnership?.articleKeys[0]).toBe(partnership?.sourceKey);
  });

  it('quotes every key point verbatim from the article it names as its source', () => {
    for (const point of digest.stories.flatMap((s) => s.keyPoints)) {
      const source = articles.find((a) => a.key === point.sourceKey);
      const said = [...(source?.sentences ?? []), ...(source?.keyPoints ?? [])].map((s) => squash(s.text));
      expect(said).toContain(squash(point.text));
    }
  });

  it('marks 004 as a rewrite of 003, and not the other way round', () => {
    const listed = digest.stories[1]?.articles ?? [];

    expect(listed.find((a) => seedId(a.key) === '004')?.rewriteOf).toBe('003_244b8d813f4475ac.txt');
    expect(listed.find((a) => seedId(a.key) === '003')?.rewriteOf).toBeUndefined();
  });

  it('shows at least four facts that both 003 and 004 report in the state-visit story', () => {
    const shared = (digest.stories[1]?.keyPoints ?? []).filter((p) =>
      ['003', '004'].every((id) => p.articleKeys.map(seedId).includes(id)),
    );

    expect(shared.length).toBeGreaterThanOrEqual(4);
  });

  it('never states one fact twice in a story', () => {
    for (const story of digest.stories)
      for (const [i, a] of story.keyPoints.entries())
        for (const b of story.keyPoints.slice(i + 1)) expect(isSameKeyPoint(a.text, b.text)).toBe(false);
  });

  it('keeps the rejected files with their reasons', () => {
    expect(digest.rejected).toEqual([{ key: 'x.pdf', reason: 'binary' }]);
  });
});
