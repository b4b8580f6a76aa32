import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSameKeyPoint } from '../lambdas/core/index.js';
import { fixturePath } from './helpers.js';

const pairs: { same: [string, string][]; different: [string, string][] } = JSON.parse(
  readFileSync(fixturePath('key-points', 'pairs.json'), 'utf8'),
);

describe('isSameKeyPoint', () => {
  it.each(pairs.same)('recognises one fact told two ways: %s', (a, b) => {
    expect(isSameKeyPoint(a, b)).toBe(true);
    expect(isSameKeyPoint(b, a)).toBe(true);
  });

  it.each(pairs.different)('tells different facts apart: %s', (a, b) => {
    expect(isSameKeyPoint(a, b)).toBe(false);
    expect(isSameKeyPoint(b, a)).toBe(false);
  });

  it('treats a sentence as the same as itself', () => {
    const sentence = pairs.same[0]?.[0] ?? '';

    expect(isSameKeyPoint(sentence, sentence)).toBe(true);
  });
});
