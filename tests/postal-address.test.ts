import { describe, expect, it } from 'vitest';
import { MAX_POSTAL_ADDRESS, postalAddressProblem } from '../lambdas/core/index.js';

describe('postalAddressProblem', () => {
  it.each([
    'News Digest, 1 Example Street, Springfield, ST 00000, USA',
    'Zeitung GmbH, Straße des 17. Juni 135, 10623 Berlin',
    '〒100-0001 東京都千代田区千代田1-1',
    'صندوق بريد 1234، دبي، الإمارات',
    'x'.repeat(MAX_POSTAL_ADDRESS),
  ])('accepts %s', (address) => {
    // Act
    const problem = postalAddressProblem(address);

    // Assess
    expect(problem).toBeUndefined();
  });

  it.each([
    ['a line break', '1 Example Street\nSpringfield', /U\+000A/u],
    ['a tab', '1 Example Street\tSpringfield', /U\+0009/u],
    ['a line separator', '1 Example Street\u2028Springfield', /U\+2028/u],
    ['a next-line control', '1 Example Street\u0085Springfield', /U\+0085/u],
    ['a right-to-left override', '1 Example Street \u202eSpringfield', /U\+202E/u],
    ['a bidi isolate', '1 Example Street \u2067Springfield', /U\+2067/u],
    ['a zero-width space', '1 Example\u200bStreet', /U\+200B/u],
    ['a zero-width joiner', '1 Example\u200dStreet', /U\+200D/u],
    ['a byte-order mark', '1 Example\ufeffStreet', /U\+FEFF/u],
    ['a soft hyphen', '1 Exam\u00adple Street', /U\+00AD/u],
    ['a private-use character', '1 Example Street \ue000', /U\+E000/u],
    ['nothing but spaces', '   ', /empty/u],
    ['one character too many', 'x'.repeat(MAX_POSTAL_ADDRESS + 1), /201 characters long, more than 200/u],
  ])('rejects %s, saying what is wrong', (_, address, problem) => {
    // Act
    const found = postalAddressProblem(address);

    // Assess
    expect(found).toMatch(problem);
  });

  it('counts characters, not UTF-16 units: 200 letters outside the basic plane fit', () => {
    // Act
    const problem = postalAddressProblem('𝐀'.repeat(MAX_POSTAL_ADDRESS));

    // Assess
    expect(problem).toBeUndefined();
  });
});
