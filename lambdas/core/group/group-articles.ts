import type { Article } from '../model.js';
import { type SparseVector, weightedVector } from '../text/sparse-vector.js';
import { batchWeights } from '../text/term-statistics.js';
import { articleFeatures } from './article-features.js';
import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import { GROUPING, type GroupingConfig } from './grouping-config.js';
import { nearDuplicateUnits } from './near-duplicates.js';
import { groupDateAgreement, type PublicationDates, publicationDates } from './publication-dates.js';
import { evidenceVector, smallSubjectEvents } from './small-subject.js';
import { splitSubject } from './split-subject.js';

/** Articles on one subject, by average-link over their vectors; groups dated far apart are less alike. */
function subjectsOf(
  vectors: readonly SparseVector[],
  dates: PublicationDates,
  config: GroupingConfig,
): number[][] {
  return averageLinkClusters(vectors, candidatePairs(vectors), config.subjectThreshold, {
    agreement: (a, b) => groupDateAgreement(a, b, dates, config),
  });
}

/**
 * Groups articles that report the same real-world event, in two passes. First, articles on one
 * subject are gathered by weighted term vectors (the batch's statistics combined with background
 * news frequencies, publication dates as evidence, decisive when both come from metadata). Then
 * each subject is split into events by the terms that divide it (see `splitSubject`), or, when it
 * has too few articles for that, joined on the names, numbers and title terms they share. Candidate pairs come from an inverted index,
 * never from all pairs, and the result does not depend on the order of the input. Articles in
 * different languages are never grouped together.
 */
export function groupArticles(articles: readonly Article[], config: GroupingConfig = GROUPING): Article[][] {
  // Articles in different languages are never one story: each language is grouped on its own.
  const languages = [...new Set(articles.map((a) => a.language))].sort();
  if (languages.length > 1)
    return languages.flatMap((l) =>
      groupArticles(
        articles.filter((a) => a.language === l),
        config,
      ),
    );
  const sorted = [...articles].sort((a, b) => a.key.localeCompare(b.key));
  const features = sorted.map((a) => articleFeatures(a, config.leadSentences, config.titleWeight));
  const stems = features.map((f) => f.stems);
  const overall = batchWeights(stems);
  const vectors = stems.map((s) => weightedVector(s, overall));
  const dates = publicationDates(sorted);
  const subjects = subjectsOf(vectors, dates, config);
  const specific = new Set(features.flatMap((f) => [...f.specific]));
  const context = { stems, overall, specific, config };
  // Evidence vectors are built only for the articles of small subjects: most articles need none.
  const evidenceOf = (i: number) => {
    const f = features[i];
    return f ? evidenceVector(f, specific, overall, dates.metadata[i] ?? null) : new Map<string, number>();
  };
  const events = subjects.flatMap((subject) => {
    // Too few articles to show a subject's own structure: the evidence they share decides.
    if (subject.length < config.minSplitSize)
      return smallSubjectEvents(subject, evidenceOf, config.smallSubjectEvidence);
    // Copies of one text are split as one unit, led by its first article, and rejoin after.
    const units = nearDuplicateUnits(subject, vectors);
    const byLeader = new Map(units.map((unit) => [unit[0] ?? -1, unit]));
    return splitSubject([...byLeader.keys()], context).map((leaders) =>
      leaders.flatMap((l) => byLeader.get(l) ?? []),
    );
  });
  return events.map((event) => event.map((i) => sorted[i]).filter((a): a is Article => a !== undefined));
}
