import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carries, isSameKeyPoint } from '../lambdas/core/index.js';
import { fixturePath } from './helpers.js';

const pairs: { different: [string, string][] } = JSON.parse(
  readFileSync(fixturePath('key-points', 'pairs.json'), 'utf8'),
);

interface LabelledPair {
  readonly a: { readonly text: string };
  readonly b: { readonly text: string };
  readonly label: 'same' | 'a-carries-b' | 'b-carries-a' | 'different';
}

// The labelled sentence pairs from ECB+ (scripts/data/fact-pairs/README.md).
const labelled: LabelledPair[] = readFileSync(
  join(import.meta.dirname, '..', 'scripts', 'data', 'fact-pairs', 'pairs.jsonl'),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as LabelledPair);

function precisionRecall(predicted: readonly boolean[], gold: readonly boolean[]) {
  const tp = predicted.filter((p, i) => p && gold[i]).length;
  return { precision: tp / predicted.filter(Boolean).length, recall: tp / gold.filter(Boolean).length };
}

describe('isSameKeyPoint and carries', () => {
  it.each(pairs.different)('tells different facts apart: %s', (a, b) => {
    expect(isSameKeyPoint(a, b)).toBe(false);
    expect(isSameKeyPoint(b, a)).toBe(false);
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
    const sentence = pairs.different[0]?.[0] ?? '';

    expect(isSameKeyPoint(sentence, sentence)).toBe(true);
  });

  it('keeps its measured precision on the labelled pairs: same fact and one sentence carrying the other', () => {
    // Act
    const same = precisionRecall(
      labelled.map((p) => isSameKeyPoint(p.a.text, p.b.text)),
      labelled.map((p) => p.label === 'same'),
    );
    const carried = precisionRecall(
      labelled.flatMap((p) => [carries(p.a.text, p.b.text), carries(p.b.text, p.a.text)]),
      labelled.flatMap((p) => [
        p.label === 'same' || p.label === 'a-carries-b',
        p.label === 'same' || p.label === 'b-carries-a',
      ]),
    );

    // Assess: the figures README reports (0.898 / 0.525 and 0.895 / 0.599), with a little room.
    expect(same.precision).toBeGreaterThanOrEqual(0.88);
    expect(same.recall).toBeGreaterThanOrEqual(0.5);
    expect(carried.precision).toBeGreaterThanOrEqual(0.88);
    expect(carried.recall).toBeGreaterThanOrEqual(0.57);
  });
});
