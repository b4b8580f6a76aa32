import { describe, expect, it } from 'vitest';
import { contentWords, wordContainment } from '../scripts/lib/content-words.js';

describe('contentWords', () => {
  it('lowercases, drops stop words and possessives, keeps numbers whole', () => {
    expect([...contentWords("The storm's toll rose to 1,200, police said.")]).toEqual([
      'storm',
      'toll',
      'rose',
      '1200',
      'police',
    ]);
  });
});

describe('wordContainment', () => {
  it('is the share of the second sentence found in the first', () => {
    // Act
    const longerCarries = wordContainment('Storm closed harbour Monday', 'storm closed harbour');
    const shorterCarries = wordContainment('storm closed harbour', 'Storm closed harbour Monday');

    // Assess
    expect(longerCarries).toBe(1);
    expect(shorterCarries).toBe(0.75);
    expect(wordContainment('anything', 'the of and')).toBe(0);
  });
});
