import type { TermIndex } from '../text/term-index.js';
import type { BatchTerms } from './article-terms.js';
import { averageLinkClusters } from './average-link.js';
import { candidatePairs } from './candidate-pairs.js';
import type { LocalTerms } from './local-terms.js';
import type { VectorRows } from './vector-rows.js';
import { weightedRows } from './weighted-rows.js';

/**
 * A metadata date as evidence: marks for its day and the next, so reports dated within a day of
 * each other (the evening's wire story, the next morning's papers) share one. Page dates are not
 * evidence: a banner's date is the day the page was copied.
 */
export function dayMarks(date: string | null): string[] {
  const time = date ? Date.parse(date.slice(0, 10)) : Number.NaN;
  if (!Number.isFinite(time)) return [];
  return [0, 1].map((d) => `@${new Date(time + d * 86_400_000).toISOString().slice(0, 10)}`);
}

/**
 * Articles' evidence: the names, numbers and title terms each states, each once, then its day
 * marks. Outlets frame an event in their own words but name the same people and places and give
 * the same figures; how often an article repeats "Putin" says nothing about which of his visits it
 * reports. Weighted by `overall`, terms numbered by `local`.
 */
export function evidenceRows(
  subject: readonly number[],
  batch: BatchTerms,
  overall: Float64Array,
  metadataDates: readonly (string | null)[],
  index: TermIndex,
  local: LocalTerms,
): VectorRows {
  const offsets = [0];
  const ids: number[] = [];
  for (const i of subject) {
    for (let k = batch.offsets[i] ?? 0, end = batch.offsets[i + 1] ?? 0; k < end; k++) {
      const id = batch.ids[k] ?? 0;
      if (batch.specific[id] || batch.inTitle[k]) ids.push(id);
    }
    for (const mark of dayMarks(metadataDates[i] ?? null)) ids.push(index.id(mark));
    offsets.push(ids.length);
  }
  const counts = {
    offsets: Int32Array.from(offsets),
    ids: Int32Array.from(ids),
    counts: new Uint8Array(ids.length).fill(1),
  };
  local.clear();
  const rows = weightedRows(
    counts,
    Array.from(subject, (_, k) => k),
    (t) => overall[t] ?? 0,
    local,
  );
  local.clear();
  return rows;
}

/**
 * Events of a subject too small to show its own structure (two or three articles): articles stay
 * together when the evidence they share is at least `threshold`, by average link. Two visits by one
 * leader to one capital share the leader and the capital; two reports of one visit also share the
 * minister at the airport, the forum's name and the day.
 */
export function smallSubjectEvents(
  subject: readonly number[],
  evidence: VectorRows,
  threshold: number,
): number[][] {
  return averageLinkClusters(evidence, candidatePairs(evidence), threshold).map((c) =>
    c.map((k) => subject[k] ?? -1),
  );
}
