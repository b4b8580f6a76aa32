import type { Article } from '../model.js';
import { dateAgreement, type GroupingConfig } from './grouping-config.js';

/** The publication dates of articles by index: all of them, and those from the files' metadata. */
export interface PublicationDates {
  readonly any: readonly (string | null)[];
  readonly metadata: readonly (string | null)[];
}

/** The dates grouping weighs, by article index. */
export function publicationDates(
  articles: readonly Pick<Article, 'publishedAt' | 'dateSource'>[],
): PublicationDates {
  return {
    any: articles.map((a) => a.publishedAt),
    metadata: articles.map((a) => (a.dateSource === 'metadata' ? a.publishedAt : null)),
  };
}

/** The middle date of some articles, or null when none is dated. */
function medianDate(members: readonly number[], dates: readonly (string | null)[]): string | null {
  const known = members
    .map((i) => dates[i])
    .filter((d): d is string => !!d)
    .sort();
  return known[Math.floor(known.length / 2)] ?? null;
}

/**
 * How much the dates of two groups of articles allow them to be one event (see `dateAgreement`).
 * When both groups have metadata dates those decide, so a page date cannot bridge two weekly reports.
 */
export function groupDateAgreement(
  a: readonly number[],
  b: readonly number[],
  dates: PublicationDates,
  config: GroupingConfig,
): number {
  const ma = medianDate(a, dates.metadata);
  const mb = medianDate(b, dates.metadata);
  if (ma && mb) return dateAgreement(ma, mb, config, true);
  return dateAgreement(medianDate(a, dates.any), medianDate(b, dates.any), config);
}
