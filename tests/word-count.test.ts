import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../lambdas/core/text/sentence-shape.js';

// What the count of English words has always been: the pieces a split at runs of spaces makes.
const pieces = (text: string): number => text.split(/\s+/u).length;

describe('wordCount in English', () => {
  it('counts the pieces a split at runs of spaces makes, spaces at the ends included', () => {
    // Prepare
    const texts = fc
      .array(
        fc.constantFrom('word', 'U.S.', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u3000', '\ufeff', 'é'),
        {
          maxLength: 20,
        },
      )
      .map((parts) => parts.join(''));

    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'grapheme' })), (text) => {
        // Act
        const words = wordCount(text);

        // Assess
        expect(words).toBe(pieces(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes as a space exactly what a regular expression does, over the Basic Multilingual Plane', () => {
    // Prepare
    const characters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

    // Act
    const differing = characters.filter((c) => wordCount(`a${c}b`) !== pieces(`a${c}b`));

    // Assess
    expect(differing).toEqual([]);
  });
});
