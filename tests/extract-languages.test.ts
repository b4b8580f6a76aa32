import { describe, expect, it } from 'vitest';
import { ArticleRejectedError, extractArticle } from '../lambdas/core/index.js';
import { readFixture, squash, TEST_OPTIONS } from './helpers.js';

const read = (name: string) => ({ key: `inbox/${name}`, bytes: readFixture('articles', 'languages', name) });

/** Each fixture, the language it is in and how many sentences its body has. */
const READABLE: readonly [string, string, number][] = [
  ['zh-derailment-xinhua.md', 'zh', 6],
  ['zh-satellite-launch.md', 'zh', 5],
  ['ja-derailment.md', 'ja', 6],
  ['ar-derailment.md', 'ar', 7],
  ['he-derailment.md', 'he', 6],
  ['hi-derailment.md', 'hi', 6],
  ['ru-derailment.md', 'ru', 6],
  ['es-derailment-efe.md', 'es', 6],
  ['es-bank-forecast.md', 'es', 5],
  ['fr-derailment.md', 'fr', 6],
  ['de-derailment.md', 'de', 6],
];

describe('extractArticle in other languages', () => {
  it.each(READABLE)('reads %s as %s, in %i verbatim sentences', (name, language, count) => {
    // Prepare
    const file = read(name);
    const body = squash(new TextDecoder().decode(file.bytes));

    // Act
    const article = extractArticle(file, TEST_OPTIONS);

    // Assess
    expect(article.language).toBe(language);
    expect(article.sentences).toHaveLength(count);
    for (const sentence of article.sentences) expect(body).toContain(sentence.text);
    expect(article.keyPoints.length).toBeGreaterThanOrEqual(count - 2);
    // News leads with its facts: the first sentence, naming the event, ranks first.
    expect(article.keyPoints[0]?.text).toBe(article.sentences[0]?.text);
  });

  it('keeps abbreviations, initials and ordinals inside their sentence', () => {
    // Prepare
    const french = read('fr-derailment.md');
    const german = read('de-derailment.md');

    // Act
    const fr = extractArticle(french, TEST_OPTIONS).sentences.map((s) => s.text);
    const de = extractArticle(german, TEST_OPTIONS).sentences.map((s) => s.text);

    // Assess
    expect(fr).toContain(
      "« Les secours sont intervenus pendant plus de quatre heures pour évacuer l'ensemble des passagers », a indiqué M. Bernard, le préfet du Rhône.",
    );
    expect(de).toContain('Der Zugverkehr auf der Strecke soll bis zum 16. Oktober unterbrochen bleiben.');
  });

  it('rejects an article in a language it cannot read, naming the language', () => {
    // Prepare
    const file = read('am-derailment.md');

    // Act
    const act = () => extractArticle(file, TEST_OPTIONS);

    // Assess
    expect(act).toThrow(ArticleRejectedError);
    expect(act).toThrow('the article is in Amharic, which the digest cannot read yet');
  });

  it('names the language when an article in a readable language has no sentence', () => {
    // Prepare
    const file = read('zh-headings-only.md');

    // Act
    const act = () => extractArticle(file, TEST_OPTIONS);

    // Assess
    expect(act).toThrow(/^no article text was found in this Chinese article: /u);
  });

  it('reads an English article as English, as before', () => {
    // Prepare
    const file = { key: 'inbox/election.md', bytes: readFixture('articles', 'election.md') };

    // Act
    const article = extractArticle(file, TEST_OPTIONS);

    // Assess
    expect(article.language).toBe('en');
  });
});
