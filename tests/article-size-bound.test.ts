import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_KEY_POINTS } from '../lambdas/core/extract/rank-key-points.js';
import { GROUPING } from '../lambdas/core/index.js';
import {
  MAX_ARTICLE_JSON_BYTES,
  MAX_CAPTION_CHARS,
  MAX_CAPTIONS,
  MAX_OUTLET_CHARS,
  MAX_SENTENCE_CHARS,
  MAX_STORED_SENTENCES,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from '../lambdas/core/limits.js';

/** Bytes of JSON for one string of `chars` storable characters: at most 3 each (UTF-8 or an escape). */
const stringBytes = (chars: number): number => 3 * chars + 2;
/** Generous room for the names, numbers and punctuation of the JSON structure. */
const FIELD = 64;

describe('the article size bound', () => {
  it('holds for an article with every part at its cap', () => {
    // Prepare
    const sentence = stringBytes(MAX_SENTENCE_CHARS) + FIELD;

    // Act
    const worst =
      stringBytes(MAX_TITLE_CHARS) +
      stringBytes(MAX_OUTLET_CHARS) +
      stringBytes(MAX_URL_CHARS) +
      stringBytes(40) + // an ISO timestamp
      (MAX_STORED_SENTENCES + MAX_ARTICLE_KEY_POINTS) * sentence +
      MAX_CAPTIONS * stringBytes(MAX_CAPTION_CHARS) +
      10 * FIELD;

    // Assess
    expect(worst).toBeLessThanOrEqual(MAX_ARTICLE_JSON_BYTES);
  });

  it('keeps every sentence grouping compares', () => {
    // Assess
    expect(GROUPING.leadSentences).toBeLessThanOrEqual(MAX_STORED_SENTENCES);
  });
});
