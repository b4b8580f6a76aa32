import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carries, isSameKeyPoint } from '../lambdas/core/index.js';
import { fixturePath } from './helpers.js';

const pairs: { same: [string, string][]; different: [string, string][]; carries: [string, string][] } =
  JSON.parse(readFileSync(fixturePath('key-points', 'pairs.json'), 'utf8'));

describe('isSameKeyPoint', () => {
  it.each(pairs.same)('recognises one fact told two ways: %s', (a, b) => {
    expect(isSameKeyPoint(a, b)).toBe(true);
    expect(isSameKeyPoint(b, a)).toBe(true);
  });

  it.each(pairs.different)('tells different facts apart: %s', (a, b) => {
    expect(isSameKeyPoint(a, b)).toBe(false);
    expect(isSameKeyPoint(b, a)).toBe(false);
  });

  it.each(pairs.carries)('knows which of two sentences carries the other: %s', (a, b) => {
    expect(carries(a, b)).toBe(true);
    expect(carries(b, a)).toBe(false);
  });

  it('tells a negated fact and a contradicting number apart from the fact', () => {
    const fact = 'The storm killed 12 people in the north of the country on Monday.';

    expect(
      isSameKeyPoint(fact, 'The storm did not kill 12 people in the north of the country on Monday.'),
    ).toBe(false);
    expect(isSameKeyPoint(fact, 'The storm killed 15 people in the north of the country on Monday.')).toBe(
      false,
    );
    expect(
      carries('On Monday the storm killed 12 people in the north of the country, officials said.', fact),
    ).toBe(true);
  });

  it('treats a sentence as the same as itself', () => {
    const sentence = pairs.same[0]?.[0] ?? '';

    expect(isSameKeyPoint(sentence, sentence)).toBe(true);
  });
});
