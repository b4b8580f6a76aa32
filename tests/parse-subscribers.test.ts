import { describe, expect, it } from 'vitest';
import { addressProblem, parseSubscribers } from '../lambdas/core/index.js';

describe('parseSubscribers', () => {
  it('reads a JSON array, dropping duplicates, and reports entries that are not addresses by position', () => {
    // Act
    const result = parseSubscribers('["ana@example.com", "ANA@example.com", "bob", 42, "cy@example.org"]');

    // Assess
    expect(result).toEqual({
      valid: ['ana@example.com', 'cy@example.org'],
      invalid: [
        { position: 'entry 3', reason: 'has no @' },
        { position: 'entry 4', reason: 'is a JSON number, not text' },
      ],
    });
  });

  it('reads one address per line, skipping blank lines and comments, and names the line of a bad one', () => {
    // Act
    const result = parseSubscribers('# readers\nana@example.com\n\n  ben@example.org  \nzoe @example.org\n');

    // Assess
    expect(result.valid).toEqual(['ana@example.com', 'ben@example.org']);
    expect(result.invalid).toEqual([{ position: 'line 5', reason: 'contains a space' }]);
  });

  it('never repeats the text of an entry that is not an address', () => {
    // Act
    const { invalid } = parseSubscribers('secret-name-of-someone\nx@y@example.com');

    // Assess
    expect(JSON.stringify(invalid)).not.toContain('secret-name');
    expect(invalid.map((i) => i.reason)).toEqual(['has no @', 'has more than one @']);
  });
});

describe('addressProblem', () => {
  it.each([
    ['ana@example.com', null],
    ['ana@', 'has nothing after the @'],
    ['ana@localhost', 'has no dot in its domain'],
    [`${'a'.repeat(250)}@example.com`, 'is longer than the 254 characters an address may have'],
    [null, 'is a JSON null, not text'],
  ])('says what is wrong with %j', (entry, reason) => {
    // Act / Assess
    expect(addressProblem(entry)).toBe(reason);
  });
});
