import * as core from '../../lambdas/core/index.js';
import { wordContainment } from './content-words.js';
import type { Carries } from './pair-metrics.js';

/** A directional scorer with the name it is reported under. */
export interface NamedScorer {
  readonly name: string;
  readonly carries: Carries;
}

/** Plain word overlap, the floor any fact alignment must beat: share of y's content words found in x. */
export const BASELINE: NamedScorer = { name: 'word containment', carries: wordContainment };

/**
 * The engine's directional scorer: `carriedShare(from, to)` from lambdas/core/merge/fact-alignment.ts,
 * picked up from the engine's index as soon as it exports it, so the eval needs no change then.
 */
export function engineScorer(): NamedScorer | undefined {
  const share = (core as Record<string, unknown>).carriedShare;
  return typeof share === 'function' ? { name: 'carriedShare', carries: share as Carries } : undefined;
}

/** Every scorer to report: the baseline, then the engine's when it exists. */
export function factScorers(): NamedScorer[] {
  const engine = engineScorer();
  return engine ? [BASELINE, engine] : [BASELINE];
}
