import type { FactPair } from './fact-pairs.js';
import { type Carries, type PrecisionRecall, precisionRecall } from './pair-metrics.js';

export interface DirectionScore {
  readonly correct: number;
  readonly ties: number;
  readonly total: number;
  readonly accuracy: number;
}

/**
 * Among pairs where one side carries the other, how often the scorer gives the carrying side the
 * higher share. A tie counts as wrong: the merge must pick one sentence to keep.
 */
export function directionalAccuracy(pairs: readonly FactPair[], carries: Carries): DirectionScore {
  let correct = 0;
  let ties = 0;
  let total = 0;
  for (const p of pairs) {
    if (p.label !== 'a-carries-b' && p.label !== 'b-carries-a') continue;
    total++;
    const ab = carries(p.a.text, p.b.text);
    const ba = carries(p.b.text, p.a.text);
    if (ab === ba) ties++;
    else if (ab > ba === (p.label === 'a-carries-b')) correct++;
  }
  return { correct, ties, total, accuracy: total === 0 ? 0 : correct / total };
}

/**
 * "x carries y" as a yes/no decision at a threshold, over both directions of every pair: gold yes
 * when the pair is labelled `same` or x-carries-y.
 */
export function carriesDecisions(
  pairs: readonly FactPair[],
  carries: Carries,
  threshold: number,
): PrecisionRecall {
  return precisionRecall(
    pairs.flatMap((p) => [
      {
        predicted: carries(p.a.text, p.b.text) >= threshold,
        gold: p.label === 'same' || p.label === 'a-carries-b',
      },
      {
        predicted: carries(p.b.text, p.a.text) >= threshold,
        gold: p.label === 'same' || p.label === 'b-carries-a',
      },
    ]),
  );
}
