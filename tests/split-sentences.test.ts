import fc from 'fast-check';
import sbd from 'sbd';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../lambdas/core/text/normalize.js';
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

// The English splitter asked of every paragraph, as before paragraphs of one sentence were spotted.
function splitBySbd(paragraph: string): string[] {
  const text = normalizeSpace(paragraph);
  if (text === '') return [];
  const options = {
    newline_boundaries: false,
    html_boundaries: false,
    sanitize: false,
    preserve_whitespace: false,
  };
  return sbd
    .sentences(text, options)
    .map((s) => normalizeSpace(s))
    .filter((s) => s !== '');
}

// Words, abbreviations, numbers, quotes and marks of every kind the splitter reacts to.
const TOKENS = [
  'The',
  'bank',
  'Smith',
  'said',
  'U.S.',
  'Mr.',
  'Jan.',
  'J.',
  '3.5',
  'p.m.',
  'a.m.',
  'e.g.',
  'www.example.com',
  '555-123-4567',
  'end.Start',
  'Yahoo!News',
  'why?Because',
  '“Over.”',
  'over."',
  '...',
  '…',
  '.',
  '!',
  '?',
  '@~@',
  '1.',
  'a.',
  'Étienne',
  ' ',
  '\u00a0',
  '\n',
];
const paragraphs = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((words) => words.join(' '));

describe('splitSentences on English paragraphs', () => {
  it('splits every paragraph as the sentence splitter does', () => {
    fc.assert(
      fc.property(paragraphs, (paragraph) => {
        // Act
        const sentences = splitSentences(paragraph);

        // Assess
        expect(sentences).toEqual(splitBySbd(paragraph));
      }),
      { numRuns: 5000 },
    );
  });
});
