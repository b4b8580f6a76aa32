import { type SparseVector, type TermWeights, weightedVector } from '../text/sparse-vector.js';
import type { ArticleFeatures } from './article-features.js';
import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';

/**
 * An article's evidence: the names, numbers and title terms it states, each once. Outlets frame an
 * event in their own words but name the same people and places and give the same figures; how
 * often an article repeats "Putin" says nothing about which of his visits it reports.
 */
export function evidenceVector(
  features: ArticleFeatures,
  specific: ReadonlySet<string>,
  weights: TermWeights,
  metadataDate: string | null,
): SparseVector {
  const title = new Set(features.title);
  const stems = new Set(features.stems.filter((s) => specific.has(s) || title.has(s)));
  for (const day of dayMarks(metadataDate)) stems.add(day);
  return weightedVector(stems, weights);
}

/**
 * A metadata date as evidence: marks for its day and the next, so reports dated within a day of
 * each other (the evening's wire story, the next morning's papers) share one. Page dates are not
 * evidence: a banner's date is the day the page was copied.
 */
function dayMarks(date: string | null): string[] {
  const time = date ? Date.parse(date.slice(0, 10)) : Number.NaN;
  if (!Number.isFinite(time)) return [];
  return [0, 1].map((d) => `@${new Date(time + d * 86_400_000).toISOString().slice(0, 10)}`);
}

/**
 * Events of a subject too small to show its own structure (two or three articles): articles stay
 * together when the evidence they share is at least `threshold`, by average link. Two visits by one
 * leader to one capital share the leader and the capital; two reports of one visit also share the
 * minister at the airport, the forum's name and the day.
 */
export function smallSubjectEvents(
  subject: readonly number[],
  evidenceOf: (article: number) => SparseVector,
  threshold: number,
): number[][] {
  const members = subject.map(evidenceOf);
  return averageLinkClusters(members, candidatePairs(members), threshold).map((c) =>
    c.map((k) => subject[k] ?? -1),
  );
}
