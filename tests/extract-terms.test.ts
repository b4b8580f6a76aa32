import { describe, expect, it } from 'vitest';
import { MAX_TERM_CHARS } from '../lambdas/core/limits.js';
import { extractTerms } from '../lambdas/core/text/terms.js';

describe('extractTerms', () => {
  it('takes a word up to the term length as a term, and a longer one not', () => {
    // Prepare
    const longest = 'a'.repeat(MAX_TERM_CHARS);
    const tooLong = 'b'.repeat(MAX_TERM_CHARS + 1);

    // Act
    const stems = extractTerms(`Officials ${longest} ${tooLong} voted`).map((t) => t.stem);

    // Assess
    expect(stems).toContain('offici');
    expect(stems).toContain(longest);
    expect(stems.some((s) => s.startsWith('b'))).toBe(false);
    expect(stems).toContain('vote');
  });

  it('reads a title of one 4 MiB word as having no terms', () => {
    // Prepare
    const title = 'Supercalifragilistic'.repeat((4 * 1024 * 1024) / 20);

    // Act
    const terms = extractTerms(title);

    // Assess
    expect(terms).toEqual([]);
  });
});

describe('extractTerms, word by word', () => {
  it('reads a word the same at every occurrence, flagging a capital only inside the text', () => {
    // Prepare
    const text = "Paris said Paris's mayor met O'Brien in Paris; two of 1,000 U.S. officials, Two Écoles";

    // Act
    const terms = extractTerms(text);
    const again = extractTerms(`x ${text}`);

    // Assess
    expect(terms.map((t) => [t.stem, t.capitalized, t.numeric])).toEqual([
      ['pari', false, false],
      ['pari', true, false],
      ['mayor', false, false],
      ['met', false, false],
      ['obrien', true, false],
      ['pari', true, false],
      ['2', false, true],
      ['1', false, true],
      ['000', false, true],
      ['us', true, false],
      ['offici', false, false],
      ['2', true, true],
      ['école', true, false],
    ]);
    // "x" is no term, but it takes the start: Paris, now inside, reads as a name.
    expect(again.map((t) => t.capitalized)).toEqual(terms.map((t, i) => i === 0 || t.capitalized));
  });
});
