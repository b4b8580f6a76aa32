import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, matchRule } from '../lambdas/core/clean/boilerplate-rules.js';

// Pieces of clutter lines and of prose, with the letters case folding joins to ASCII ones
// ("ſ" to s, the Kelvin sign to k), brackets, slashes and odd spaces: lines the rules are near.
const PIECES = [
  'Getty Images',
  'GETTY IMAGEſ',
  'AP Photo',
  'AFP via Getty Images',
  'Reuters',
  'EPA',
  'Shutterſtoc\u212a',
  'pool',
  'photo collected',
  'File Photo',
  '(Photo)',
  'Photo: Jane Doe',
  'Jane Doe',
  'contributed to this report',
  'reported from this story',
  'Contributed',
  '/',
  'Reuters/Jane Doe',
  ')',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '.',
  'The bank raised its rate.',
  'said on Wednesday',
];
const lines = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

describe('boilerplate rules', () => {
  it("pass every line a rule's pattern matches through that rule's quick test", () => {
    fc.assert(
      fc.property(lines, (line) => {
        // Act
        const missed = BOILERPLATE_RULES.filter((r) => r.pattern.test(line) && r.needs?.(line) === false);

        // Assess
        expect(missed).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['photo-credit', 'Jane Doe/Getty Images'],
    ['photo-credit', 'AFP via Getty Images )'],
    ['photo-credit', 'A man walks by. Shutterstoc\u212a'],
    ['byline', 'Jane Doe contributed to this report.'],
    ['caption', 'Police at the scene. Photo: Jane Doe'],
  ])('still finds %s in "%s"', (kind, line) => {
    // Act
    const found = matchRule(line);

    // Assess
    expect(found).toBe(kind);
  });
});
