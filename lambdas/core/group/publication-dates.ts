import type { Article } from '../model.js';
import type { ClusterAgreement } from './average-link.js';
import { dayTime, dayTimesAgreement, type GroupingConfig } from './grouping-config.js';

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

/** Merges two ascending lists. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x <= y)) {
      out.push(x ?? 0);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/**
 * How much the dates of two clusters of articles allow them to be one event (see `dateAgreement`):
 * their middle dates compared, those from metadata when both have some, so a page date cannot
 * bridge two weekly reports. Each cluster keeps its dates sorted (as ranks of the date strings,
 * which sort as the strings do), so a merge costs its size, not a sort.
 */
export class ClusterDates implements ClusterAgreement {
  private readonly times: number[];
  private readonly metadata: number[][];
  private readonly any: number[][];

  constructor(
    dates: PublicationDates,
    private readonly config: GroupingConfig,
  ) {
    const known = (d: string | null): d is string => !!d;
    const distinct = [...new Set([...dates.any, ...dates.metadata].filter(known))].sort();
    const rank = new Map(distinct.map((d, i) => [d, i]));
    this.times = distinct.map(dayTime);
    const ranks = (list: readonly (string | null)[]) => list.map((d) => (known(d) ? [rank.get(d) ?? 0] : []));
    this.metadata = ranks(dates.metadata);
    this.any = ranks(dates.any);
  }

  between(x: number, y: number): number {
    const mx = this.middle(this.metadata, x);
    const my = this.middle(this.metadata, y);
    if (mx !== undefined && my !== undefined) return dayTimesAgreement(mx, my, this.config, true);
    const ax = this.middle(this.any, x);
    const ay = this.middle(this.any, y);
    return ax === undefined || ay === undefined ? 1 : dayTimesAgreement(ax, ay, this.config, false);
  }

  /** The day of a cluster's middle date, as `medianDate` picks it: undefined when none is known. */
  private middle(lists: readonly (readonly number[])[], c: number): number | undefined {
    const list = lists[c] ?? [];
    const middle = list[Math.floor(list.length / 2)];
    return middle === undefined ? undefined : (this.times[middle] ?? Number.NaN);
  }

  merged(keep: number, gone: number): void {
    for (const lists of [this.metadata, this.any]) {
      lists[keep] = mergeSorted(lists[keep] ?? [], lists[gone] ?? []);
      lists[gone] = [];
    }
  }
}
