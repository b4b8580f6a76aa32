import type { Article } from '../model.js';
import { type SparseVector, weightedVector } from '../text/sparse-vector.js';
import { batchWeights } from '../text/term-statistics.js';
import { articleFeatures } from './article-features.js';
import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import { dateAgreement, GROUPING, type GroupingConfig } from './grouping-config.js';
import { nearDuplicateUnits } from './near-duplicates.js';
import { splitSubject } from './split-subject.js';

/** The middle publication date of some articles, or null when none is dated. */
function medianDate(members: readonly number[], dates: readonly (string | null)[]): string | null {
  const known = members
    .map((i) => dates[i])
    .filter((d): d is string => !!d)
    .sort();
  return known[Math.floor(known.length / 2)] ?? null;
}

/** Articles on one subject, by average-link over their vectors; groups dated far apart are less alike. */
function subjectsOf(
  vectors: readonly SparseVector[],
  dates: readonly (string | null)[],
  config: GroupingConfig,
): number[][] {
  return averageLinkClusters(vectors, candidatePairs(vectors), config.subjectThreshold, {
    agreement: (a, b) => dateAgreement(medianDate(a, dates), medianDate(b, dates), config),
  });
}

/**
 * Groups articles that report the same real-world event, in two passes. First, articles on one
 * subject are gathered by weighted term vectors (the batch's statistics combined with background
 * news frequencies, publication dates as evidence). Then each subject is split into events by
 * the terms that divide it (see `splitSubject`). Candidate pairs come from an inverted index,
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
  const subjects = subjectsOf(
    vectors,
    sorted.map((a) => a.publishedAt),
    config,
  );
  const context = { stems, overall, specific: new Set(features.flatMap((f) => [...f.specific])), config };
  const events = subjects.flatMap((subject) => {
    if (subject.length < config.minSplitSize) {
      // Too few articles to show a subject's own structure: a higher bar of similarity decides.
      const members = subject.map((i) => vectors[i] ?? new Map<string, number>());
      return averageLinkClusters(members, candidatePairs(members), config.smallSubjectThreshold).map((c) =>
        c.map((k) => subject[k] ?? -1),
      );
    }
    // Copies of one text are split as one unit, led by its first article, and rejoin after.
    const units = nearDuplicateUnits(subject, vectors);
    const byLeader = new Map(units.map((unit) => [unit[0] ?? -1, unit]));
    return splitSubject([...byLeader.keys()], context).map((leaders) =>
      leaders.flatMap((l) => byLeader.get(l) ?? []),
    );
  });
  return events.map((event) => event.map((i) => sorted[i]).filter((a): a is Article => a !== undefined));
}
