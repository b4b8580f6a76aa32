import { describe, expect, it } from 'vitest';
import { parseSubscribers } from '../lambdas/core/index.js';

describe('parseSubscribers', () => {
  it('reads a JSON array, dropping duplicates and entries that are not addresses', () => {
    const result = parseSubscribers('["ana@example.com", "ANA@example.com", "bob", "cy@example.org"]');

    expect(result).toEqual({ valid: ['ana@example.com', 'cy@example.org'], invalid: ['bob'] });
  });

  it('reads one address per line, skipping blank lines and comments', () => {
    const result = parseSubscribers('# readers\nana@example.com\n\n  ben@example.org  \n');

    expect(result).toEqual({ valid: ['ana@example.com', 'ben@example.org'], invalid: [] });
  });
});
