import type { TermIndex } from '../text/term-index.js';
import type { GroupingConfig } from './grouping-config.js';
import type { LocalTerms } from './local-terms.js';
import { subjectWeights } from './local-weights.js';
import { bisect } from './subject-bisect.js';
import type { Half, SubjectVectors } from './subject-half.js';
import type { TermCounts } from './vector-rows.js';
import { weightedRows } from './weighted-rows.js';

/** What splitting needs to know of the articles, by index. */
export interface SubjectContext {
  readonly terms: TermCounts;
  /** The batch's weight of each term. */
  readonly overall: Float64Array;
  /** 1 for terms that are names, places or numbers somewhere in the batch. */
  readonly specific: Uint8Array;
  readonly index: TermIndex;
  readonly config: GroupingConfig;
  /** Scratch: a subject's numbering of terms, and zeros as long as the batch's terms. */
  readonly local: LocalTerms;
  readonly df: Int32Array;
}

/** The subject's vectors in its own weights: names, places and numbers boosted; terms numbered locally. */
function subjectVectors(
  members: readonly number[],
  context: SubjectContext,
): { vectors: SubjectVectors; batchIds: Int32Array } {
  const { config, specific, local } = context;
  const weights = subjectWeights(context.terms, members, context.overall, context.df);
  local.clear();
  const rows = weightedRows(
    context.terms,
    members,
    (t) => weights.idf(t) * (specific[t] ? config.nameBoost : 1),
    local,
  );
  weights.done();
  const batchIds = local.batchIds();
  local.clear();
  const selfDots = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) {
    let dot = 0;
    for (let k = rows.offsets[i] ?? 0, end = rows.offsets[i + 1] ?? 0; k < end; k++) {
      const w = rows.weights[k] ?? 0;
      dot += w * w;
    }
    selfDots[i] = dot;
  }
  return { vectors: { rows, selfDots, position: new Int32Array(rows.termCount).fill(-1) }, batchIds };
}

/**
 * Splits a subject into events, top down. Its articles are divided in two in the subject's own
 * term weights (what all of them say counts for nothing, names, places and numbers count more), and the division
 * is kept when the halves are much less alike than each half is within itself: a ratio, so the
 * same rule holds for five articles or five thousand. Each kept half is split again.
 */
export function splitSubject(members: readonly number[], context: SubjectContext): number[][] {
  const { config } = context;
  if (members.length < config.minSplitSize) return [[...members]];
  const { vectors, batchIds } = subjectVectors(members, context);
  const halves = bisect(vectors, (t) => context.index.stem(batchIds[t] ?? 0), config);
  if (!halves) return [[...members]];
  const [first, second] = halves;
  if (!(first.ratio(second) < config.splitRatio)) return [[...members]];
  const back = (half: Half) => half.members.map((k) => members[k] ?? -1);
  return [...splitSubject(back(first), context), ...splitSubject(back(second), context)];
}
