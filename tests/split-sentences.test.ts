import { describe, expect, it } from 'vitest';
import { splitSentences } from '../lambdas/core/text/split-sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'abbreviations',
      'The U.S. economy grew in Jan. according to Mr. Smith. Markets rose.',
      ['The U.S. economy grew in Jan. according to Mr. Smith.', 'Markets rose.'],
    ],
    [
      'initials',
      'J. R. R. Tolkien wrote the book. It sold well.',
      ['J. R. R. Tolkien wrote the book.', 'It sold well.'],
    ],
    [
      'decimals and money',
      'Prices rose 2.5% to $3.50 on Monday. Traders sold.',
      ['Prices rose 2.5% to $3.50 on Monday.', 'Traders sold.'],
    ],
    [
      'times of day',
      'The meeting, at 3 p.m. on Tuesday, ended early. Talks resume today.',
      ['The meeting, at 3 p.m. on Tuesday, ended early.', 'Talks resume today.'],
    ],
    [
      'a quotation ending a sentence',
      'He said “It is over.” Then he left.',
      ['He said “It is over.”', 'Then he left.'],
    ],
    [
      'a question inside quotes',
      '"Are you sure?" she asked. He nodded.',
      ['"Are you sure?" she asked.', 'He nodded.'],
    ],
  ])('keeps %s inside their sentence', (_case, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns sentences verbatim apart from collapsed whitespace', () => {
    const paragraph = 'Putin and Xi   declared a “no-limits”\npartnership in February 2022.  They met again.';

    expect(splitSentences(paragraph)).toEqual([
      'Putin and Xi declared a “no-limits” partnership in February 2022.',
      'They met again.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
