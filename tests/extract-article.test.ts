import { describe, expect, it } from 'vitest';
import {
  ArticleRejectedError,
  extractArticle,
  ingestFile,
  type RejectionCode,
} from '../lambdas/core/index.js';
import { readFixture, TEST_OPTIONS } from './helpers.js';

describe('extractArticle on bad input', () => {
  it.each<[string, RejectionCode, RegExp]>([
    ['empty.txt', 'empty', /empty/u],
    ['blank.md', 'empty', /only whitespace/u],
    ['scan.pdf', 'binary', /PDF document, not text/u],
    ['photo.png', 'binary', /PNG image/u],
    ['broken.json', 'invalid-json', /JSON is malformed/u],
    ['not-an-object.json', 'invalid-json', /not an article object/u],
    ['no-text.json', 'no-text', /no "text"/u],
    ['headings-only.txt', 'no-sentences', /no sentence of prose/u],
    ['spreadsheet.csv', 'unsupported-type', /"\.csv" files are not read/u],
  ])('rejects %s with a reason a person understands', (name, code, reason) => {
    // Prepare
    const file = { key: `inbox/${name}`, bytes: readFixture('bad', name) };

    // Act
    const act = () => extractArticle(file, TEST_OPTIONS);

    // Assess
    expect(act).toThrow(ArticleRejectedError);
    expect(act).toThrow(reason);
    try {
      act();
    } catch (error) {
      expect((error as ArticleRejectedError).code).toBe(code);
    }
  });

  it('rejects a file over the size limit, naming both sizes', () => {
    const bytes = new TextEncoder().encode(`Title\n\n${'A sentence of the story. '.repeat(100)}`);

    const result = ingestFile({ key: 'big.txt', bytes }, { ...TEST_OPTIONS, maxBytes: 1024 });

    expect(result).toEqual({
      ok: false,
      rejection: { key: 'big.txt', reason: 'the file is 2.4 KB, over the 1.0 KB limit for one article' },
    });
  });

  it('accepts a file exactly at the size limit', () => {
    const bytes = readFixture('articles', 'storm.json');

    const result = ingestFile({ key: 'storm.json', bytes }, { ...TEST_OPTIONS, maxBytes: bytes.byteLength });

    expect(result.ok).toBe(true);
  });

  it('turns an unexpected failure into a rejection instead of stopping', () => {
    const throwingWeights = {
      idf: () => {
        throw new Error('weights unavailable');
      },
    };

    const result = ingestFile(
      { key: 'storm.json', bytes: readFixture('articles', 'storm.json') },
      { ...TEST_OPTIONS, weights: throwingWeights },
    );

    expect(result).toEqual({
      ok: false,
      rejection: { key: 'storm.json', reason: 'the file could not be processed (weights unavailable)' },
    });
  });
});
