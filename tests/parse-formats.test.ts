import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lambdas/core/index.js';
import { readFixture, squash, TEST_OPTIONS } from './helpers.js';

const extract = (name: string) =>
  extractArticle({ key: name, bytes: readFixture('articles', name) }, TEST_OPTIONS);

describe('article formats', () => {
  it('reads HTML with Readability: main text only, metadata from the page', () => {
    const article = extract('quake.html');

    expect(article.title).toBe('Earthquake strikes western Nepal, killing at least 128');
    expect(article.outlet).toBe('The Kathmandu Post');
    expect(article.url).toBe('https://kathmandupost.com/national/2023/11/04/earthquake-western-nepal');
    expect(article.publishedAt).toBe('2023-11-04T02:45:00.000Z');
    const body = article.sentences.map((s) => s.text).join(' ');
    expect(body).toContain('A magnitude 5.6 earthquake struck the Jajarkot district');
    for (const clutter of [
      'Most read',
      'Fuel prices',
      'Rescuers search the rubble',
      'All rights reserved',
      'Home',
    ]) {
      expect(body).not.toContain(clutter);
    }
  });

  it('reads JSON with "body" for text and structured metadata', () => {
    const article = extract('storm.json');

    expect(article).toMatchObject({
      title: 'Storm Ciarán batters northern France',
      outlet: 'Le Monde',
      publishedAt: '2023-11-02T06:15:00.000Z',
    });
    expect(article.sentences.map((s) => s.text)).not.toContain('You may also like');
    expect(article.keyPoints[0]?.text).toMatch(/^Storm Ciarán made landfall/u);
  });

  it('reads Markdown: front matter, headings as non-sentences, inline markup as text', () => {
    const article = extract('election.md');

    expect(article).toMatchObject({
      title: "Dutch voters hand Wilders' party a surprise win",
      outlet: 'NL Times',
      publishedAt: '2023-11-23',
    });
    const texts = article.sentences.map((s) => s.text);
    expect(texts).toContain(
      'The result makes the PVV the largest party, but Wilders will need at least two partners to form a majority coalition.',
    );
    expect(texts.join(' ')).not.toMatch(/Coalition talks ahead|Janene Pieters|Share this|\*\*|\]\(/u);
  });

  it.each(['latin1-article.txt', 'windows-1252-article.txt'])(
    'reads legacy-encoded text %s with its accents',
    (name) => {
      const article = extract(name);

      expect(squash(article.keyPoints.map((k) => k.text).join(' '))).toMatch(
        /cafés in Zürich|“deeply flawed”/u,
      );
    },
  );
});
