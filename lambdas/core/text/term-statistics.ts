import background from '../data/news-term-frequencies.json' with { type: 'json' };
import type { TermWeights } from './sparse-vector.js';

/**
 * How many documents the background counts for when combined with a batch: with a handful of
 * articles the background decides what is common, with thousands the batch does.
 */
const BACKGROUND_WEIGHT = 20;

const FREQUENCIES: ReadonlyMap<string, number> = new Map(Object.entries(background.frequencies));
const BACKGROUND_DOCS = background.documents;
// A stem the background never saw is taken as rare: half a document of the background.
const UNSEEN = 0.5 / BACKGROUND_DOCS;

/** The share of background news documents that use a stem. */
export function backgroundShare(stem: string): number {
  const df = FREQUENCIES.get(stem);
  return df === undefined ? UNSEEN : df / BACKGROUND_DOCS;
}

/** Term weights from the background alone: for one article, or one pair of sentences. */
export const BACKGROUND_WEIGHTS: TermWeights = { idf: (stem) => -Math.log(backgroundShare(stem)) };

/**
 * The weight of a stem that `df` of a batch's `documents` use: the batch's share of documents
 * combined with the background's (a smoothed inverse document frequency).
 */
export function smoothedIdf(df: number, documents: number, stem: string): number {
  const share = (df + BACKGROUND_WEIGHT * backgroundShare(stem)) / (documents + BACKGROUND_WEIGHT);
  return -Math.log(share);
}

/**
 * Term weights for a batch of documents: each document's distinct stems, combined with the
 * background's share of documents using each stem (a smoothed inverse document frequency).
 */
export function batchWeights(documents: Iterable<Iterable<string>>): TermWeights {
  const df = new Map<string, number>();
  let n = 0;
  for (const stems of documents) {
    n++;
    for (const stem of new Set(stems)) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const cache = new Map<string, number>();
  return {
    idf(stem) {
      let w = cache.get(stem);
      if (w === undefined) {
        w = smoothedIdf(df.get(stem) ?? 0, n, stem);
        cache.set(stem, w);
      }
      return w;
    },
  };
}
