import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../lambdas/core/text/normalize.js';

// The rule normalizeSpace implements, applied without its shortcut for text already normalised.
const collapse = (text: string): string => text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();

// Letters, every kind of space the rule knows and some it does not, in any mix.
const spacy = fc
  .array(
    fc.constantFrom(
      'a',
      'B',
      '1',
      '.',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '\u2003',
      '\u3000',
      '\u2028',
      '\u200c',
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

describe('normalizeSpace', () => {
  it('collapses every run of spaces to one and trims, whether or not the text was normalised before', () => {
    // Prepare
    const texts = fc.oneof(spacy, fc.string({ unit: 'grapheme', maxLength: 30 }));

    fc.assert(
      fc.property(texts, (text) => {
        // Act
        const once = normalizeSpace(text);

        // Assess
        expect(once).toBe(collapse(text));
        expect(normalizeSpace(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats every character of the Basic Multilingual Plane as the rule does', () => {
    // Prepare
    const characters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

    // Act
    const differing = characters.filter((c) => normalizeSpace(`a${c}b`) !== collapse(`a${c}b`));

    // Assess
    expect(differing).toEqual([]);
  });

  it('returns normalised text as it is', () => {
    // Prepare
    const text = 'Putin’s visit to Beijing, his second this year.';

    // Act
    const result = normalizeSpace(text);

    // Assess
    expect(result).toBe(text);
  });
});
