import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitTruncated } from '../lambdas/core/clean/truncated-paragraph.js';
import { extractArticle } from '../lambdas/core/index.js';
import { fixturePath, TEST_OPTIONS } from './helpers.js';

describe('splitTruncated', () => {
  it('keeps the complete sentences of a paragraph cut off with an ellipsis', () => {
    // Prepare
    const paragraph = 'The bank raised rates on Wednesday. It expects inflation to ease by the end of...';

    // Act
    const parts = splitTruncated(paragraph);

    // Assess
    expect(parts).toEqual({
      complete: 'The bank raised rates on Wednesday.',
      tail: 'It expects inflation to ease by the end of...',
    });
  });

  it('has nothing complete when the cut falls in the first sentence', () => {
    const parts = splitTruncated('Russian President Vladimir Putin arrived in...');

    expect(parts.complete).toBeNull();
  });
});

describe('an excerpt whose every paragraph is cut off', () => {
  it('is read, with the complete sentences kept and the cut-off tails dropped', () => {
    // Prepare
    const bytes = new Uint8Array(readFileSync(fixturePath('articles', 'feed-excerpt.txt')));

    // Act
    const article = extractArticle({ key: 'feed-excerpt.txt', bytes }, TEST_OPTIONS);

    // Assess
    expect(article.sentences.map((s) => s.text)).toEqual([
      'Schools in Lombardy and Piedmont closed on Monday as temperatures passed 40 degrees Celsius for a third day.',
      'Civil protection officials opened 120 cooling centres in Milan and Turin.',
    ]);
  });
});
