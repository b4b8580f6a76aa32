import { describe, expect, it } from 'vitest';
import { carriesDecisions, directionalAccuracy } from '../scripts/lib/direction-metrics.js';
import { readFactPairs } from '../scripts/lib/fact-pairs.js';
import { fixturePath } from './helpers.js';

// The longer sentence carries more of the shorter one than the other way round.
const byLength = (from: string, to: string): number => Math.min(1, from.length / to.length);

describe('directionalAccuracy', () => {
  it('checks the carrying side scores higher, only on directional pairs', async () => {
    // Prepare
    const pairs = await readFactPairs(fixturePath('fact-pairs', 'tiny.jsonl'));

    // Act
    const right = directionalAccuracy(pairs, byLength);
    const flat = directionalAccuracy(pairs, () => 0.5);

    // Assess
    expect(right).toEqual({ correct: 2, ties: 0, total: 2, accuracy: 1 });
    expect(flat).toEqual({ correct: 0, ties: 2, total: 2, accuracy: 0 });
  });
});

describe('carriesDecisions', () => {
  it('scores both directions of every pair against same or x-carries-y', async () => {
    // Prepare
    const pairs = await readFactPairs(fixturePath('fact-pairs', 'tiny.jsonl'));

    // Act
    const score = carriesDecisions(pairs, byLength, 1);

    // Assess: gold yes are t1 both ways, t2 a→b, t4 b→a; predicted yes wherever from is no shorter.
    expect(score.actual).toBe(4);
    expect(score.truePositives).toBe(4);
    expect(score.predicted).toBe(5);
  });
});
