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
