import type { Article } from '../model.js';
import { TermIndex } from '../text/term-index.js';
import { smoothedIdf } from '../text/term-statistics.js';
import { batchTerms } from './article-terms.js';
import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import { GROUPING, type GroupingConfig } from './grouping-config.js';
import { LocalTerms } from './local-terms.js';
import { nearDuplicateUnits } from './near-duplicates.js';
import { ClusterDates, publicationDates } from './publication-dates.js';
import { dayMarks, evidenceRows, smallSubjectEvents } from './small-subject.js';
import { splitSubject } from './split-subject.js';
import { batchRows } from './weighted-rows.js';

/**
 * Groups articles that report the same real-world event, in two passes. First, articles on one
 * subject are gathered by weighted term vectors (the batch's statistics combined with background
 * news frequencies, publication dates as evidence, decisive when both come from metadata). Then
 * each subject is split into events by the terms that divide it (see `splitSubject`), or, when it
 * has too few articles for that, joined on the names, numbers and title terms they share. Candidate pairs come from an inverted index,
 * never from all pairs, and the result does not depend on the order of the input. Articles in
 * different languages are never grouped together. Terms are numbered once and vectors are typed
 * arrays (see `vector-rows.ts`).
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
  const index = new TermIndex();
  const terms = batchTerms(sorted, config, index);
  const dates = publicationDates(sorted);
  // Day marks are terms of the evidence of small subjects: numbered now, so they have weights and ranks.
  for (const date of dates.metadata) for (const mark of dayMarks(date)) index.id(mark);
  const df = new Int32Array(index.size);
  for (const id of terms.ids) df[id] = (df[id] ?? 0) + 1;
  const overall = Float64Array.from({ length: index.size }, (_, id) =>
    smoothedIdf(df[id] ?? 0, sorted.length, index.stem(id)),
  );
  const ranks = index.collationRanks();
  const vectors = batchRows(terms, overall, ranks);
  const subjects = averageLinkClusters(vectors, candidatePairs(vectors), config.subjectThreshold, {
    agreement: new ClusterDates(dates, config),
  });
  const local = new LocalTerms(ranks);
  df.fill(0);
  const context = { terms, overall, specific: terms.specific, index, config, local, df };
  const events = subjects.flatMap((subject) => {
    // Too few articles to show a subject's own structure: the evidence they share decides.
    if (subject.length < config.minSplitSize) {
      const evidence = evidenceRows(subject, terms, overall, dates.metadata, index, local);
      return smallSubjectEvents(subject, evidence, config.smallSubjectEvidence);
    }
    // Copies of one text are split as one unit, led by its first article, and rejoin after.
    const units = nearDuplicateUnits(subject, vectors, local);
    const byLeader = new Map(units.map((unit) => [unit[0] ?? -1, unit]));
    return splitSubject([...byLeader.keys()], context).map((leaders) =>
      leaders.flatMap((l) => byLeader.get(l) ?? []),
    );
  });
  return events.map((event) => event.map((i) => sorted[i]).filter((a): a is Article => a !== undefined));
}
