import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText, cutAtBoundary, storableText } from '../lambdas/core/text/clip-text.js';

describe('clipText', () => {
  it('cuts at a word boundary and ends with an ellipsis', () => {
    // Act
    const clipped = clipText('Storm batters the northern coast of France overnight', 30);

    // Assess
    expect(clipped).toBe('Storm batters the northern…');
    expect(clipped.length).toBeLessThanOrEqual(30);
  });

  it('leaves text within the length alone', () => {
    expect(clipText('Storm batters France', 30)).toBe('Storm batters France');
  });

  it('cuts a single long word inside it, never between the halves of a surrogate pair', () => {
    // Act
    const word = clipText('x'.repeat(8) + '😀'.repeat(10), 10);

    // Assess
    expect(word).toBe('xxxxxxxx…');
    expect(clipText('😀'.repeat(10), 6)).toBe('😀😀…');
  });
});

describe('cutAtBoundary', () => {
  it('ends at a line break in the second half when there is one', () => {
    expect(cutAtBoundary('first line\nsecond line and more', 18)).toBe('first line');
  });

  it('else at the end of a sentence, else at a space', () => {
    expect(cutAtBoundary('One sentence here. Another one follows on', 30)).toBe('One sentence here.');
    expect(cutAtBoundary('no sentence ends in this text at all', 20)).toBe('no sentence ends in');
  });

  it('cuts a text without spaces at the length', () => {
    expect(cutAtBoundary('a'.repeat(100), 10)).toBe('a'.repeat(10));
  });
});

describe('storableText', () => {
  it('turns control characters into spaces and unpaired surrogates into U+FFFD', () => {
    // Act
    const text = storableText('a\u0000b\u0085c\td\ne \ud800 f 😀');

    // Assess
    expect(text).toBe('a b c\td\ne \ufffd f 😀');
  });

  it('changes exactly what the replacements change, whatever the text', () => {
    // Prepare: the replacements applied to every text, without the check for text that needs none.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
    const replaced = (text: string): string =>
      text.replace(controls, ' ').replace(/\p{Surrogate}/gu, '\ufffd');
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom(
            'a',
            ' ',
            '\t',
            '\n',
            '\u0000',
            '\u0085',
            '\u009f',
            '\u00a0',
            '\ud800',
            '\udc00',
            '😀',
          ),
        )
        .map((p) => p.join('')),
    );

    fc.assert(
      fc.property(texts, (text) => {
        // Act
        const storable = storableText(text);

        // Assess
        expect(storable).toBe(replaced(text));
      }),
      { numRuns: 3000 },
    );
  });
});
