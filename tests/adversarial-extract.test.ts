import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_KEY_POINTS } from '../lambdas/core/extract/rank-key-points.js';
import {
  type Article,
  ArticleRejectedError,
  DEFAULT_MAX_BYTES,
  extractArticle,
} from '../lambdas/core/index.js';
import {
  MAX_ARTICLE_JSON_BYTES,
  MAX_CAPTIONS,
  MAX_SENTENCE_CHARS,
  MAX_STORED_SENTENCES,
  MAX_TITLE_CHARS,
} from '../lambdas/core/limits.js';
import { adversarialInputs } from '../scripts/lib/adversarial-inputs.js';
import { TEST_OPTIONS } from './helpers.js';

const inputs = adversarialInputs();
const byKey = new Map(inputs.map((input) => [input.key.replace('adversarial/', ''), input]));

/** The article, or the rejection, a file gives. */
function outcome(key: string): Article | ArticleRejectedError {
  const input = byKey.get(key);
  if (!input) throw new Error(`no adversarial input ${key}`);
  try {
    return extractArticle(input, TEST_OPTIONS);
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error;
    throw error;
  }
}

describe('extractArticle on adversarial input', () => {
  it('is given files that are all under the size limit', () => {
    // Assess
    expect(inputs.length).toBeGreaterThanOrEqual(20);
    for (const input of inputs) expect(input.bytes.byteLength).toBeLessThan(DEFAULT_MAX_BYTES);
  });

  // Each file must finish well inside the 20 s test timeout: minutes before the limits.
  it.each(inputs.map((input) => [input.name, input.key.replace('adversarial/', '')]))(
    'reads %s into a bounded article or rejects it with a reason',
    (_name, key) => {
      // Act
      const result = outcome(key);

      // Assess
      if (result instanceof ArticleRejectedError) {
        expect(result.message).toMatch(/^(no article text was found|the text has no)/u);
        expect(result.message.length).toBeLessThan(200);
        return;
      }
      expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThanOrEqual(MAX_ARTICLE_JSON_BYTES);
      expect(result.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
      expect(result.sentences.length).toBeLessThanOrEqual(MAX_STORED_SENTENCES);
      expect(result.keyPoints.length).toBeLessThanOrEqual(MAX_ARTICLE_KEY_POINTS);
      expect(result.captions.length).toBeLessThanOrEqual(MAX_CAPTIONS);
      for (const s of [...result.sentences, ...result.keyPoints])
        expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    },
  );

  it('rejects one 4 MB sentence, saying it is too long to read as one', () => {
    // Act
    const result = outcome('giant-sentence.txt');

    // Assess
    expect(result).toBeInstanceOf(ArticleRejectedError);
    expect((result as ArticleRejectedError).code).toBe('no-sentences');
    expect((result as ArticleRejectedError).message).toContain(
      `runs on for over ${MAX_SENTENCE_CHARS} characters without ending a sentence`,
    );
  });

  it.each(['giant-word.json', 'giant-word.txt'])(
    'heads the article of %s, whose title is one 4 MiB word, with its lead sentence, and reads on',
    (key) => {
      // Act
      const result = outcome(key) as Article;

      // Assess
      expect(result.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
      expect(result.title).toMatch(/^Officials in the northern district/u);
      expect(result.keyPoints[0]?.text).toMatch(/^Officials in the northern district/u);
    },
  );

  it.each(['unclosed-divs.html', 'nested-divs.html', 'blockquotes.md', 'lists.md'])(
    'finds the one sentence of %s under 50,000 levels of nesting',
    (key) => {
      // Act
      const result = outcome(key) as Article;

      // Assess
      expect(result.sentences.map((s) => s.text)).toEqual([
        'Officials in the northern district confirmed on Monday that the bridge will reopen next week.',
      ]);
    },
  );

  it('keeps the lead and the key points of 100,000 one-line paragraphs, no more', () => {
    // Act
    const result = outcome('many-paragraphs.txt') as Article;

    // Assess
    expect(result.sentences).toHaveLength(MAX_STORED_SENTENCES);
    expect(result.sentences[0]?.text).toBe('Officials in ward 0 counted 0 votes.');
    expect(result.keyPoints).toHaveLength(MAX_ARTICLE_KEY_POINTS);
  });

  it('stores no control characters or unpaired surrogates', () => {
    // Act
    const articles = [outcome('escapes.txt'), outcome('surrogates.json')] as Article[];

    // Assess
    for (const article of articles) {
      const json = JSON.stringify(article);
      expect(json).not.toMatch(/\\u00[01][0-9a-f]|\\ud[89ab]/u);
      expect(article.keyPoints.length).toBeGreaterThan(0);
    }
  });
});
