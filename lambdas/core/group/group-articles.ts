import type { Article } from '../model.js';
import { cosine, type SparseVector, weightedVector } from '../text/sparse-vector.js';
import { batchWeights } from '../text/term-statistics.js';
import { articleFeatures } from './article-features.js';
import { averageLinkClusters, type Edge } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import { dateAgreement, GROUPING, type GroupingConfig } from './grouping-config.js';
import { splitSubject } from './split-subject.js';

/** Average-link clusters of articles by their vectors, compared through an inverted index, dates as evidence. */
function subjectsOf(
  vectors: readonly SparseVector[],
  dates: readonly (string | null)[],
  config: GroupingConfig,
): number[][] {
  const edges: Edge[] = [];
  for (const [a, b] of candidatePairs(vectors)) {
    const va = vectors[a];
    const vb = vectors[b];
    if (!va || !vb) continue;
    const similarity = cosine(va, vb) * dateAgreement(dates[a] ?? null, dates[b] ?? null, config);
    if (similarity > 0) edges.push({ a, b, similarity });
  }
  return averageLinkClusters(vectors.length, edges, config.subjectThreshold);
}

/**
 * Groups articles that report the same real-world event, in two passes. First, articles on one
 * subject are gathered by weighted term vectors (the batch's statistics combined with background
 * news frequencies, publication dates as evidence). Then each subject is split into events by
 * the terms that divide it (see `splitSubject`). Candidate pairs come from an inverted index,
 * never from all pairs, and the result does not depend on the order of the input.
 */
export function groupArticles(articles: readonly Article[], config: GroupingConfig = GROUPING): Article[][] {
  const sorted = [...articles].sort((a, b) => a.key.localeCompare(b.key));
  const features = sorted.map((a) => articleFeatures(a, config.leadSentences, config.titleWeight));
  const stems = features.map((f) => f.stems);
  const overall = batchWeights(stems);
  const vectors = stems.map((s) => weightedVector(s, overall));
  const subjects = subjectsOf(
    vectors,
    sorted.map((a) => a.publishedAt),
    config,
  );
  const context = { stems, overall, specific: new Set(features.flatMap((f) => [...f.specific])), config };
  return subjects
    .flatMap((subject) => splitSubject(subject, context))
    .map((event) => event.map((i) => sorted[i]).filter((a): a is Article => a !== undefined));
}
