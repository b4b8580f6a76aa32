import { rowCount, type VectorRows } from './vector-rows.js';

/** How many of its heaviest shared terms index a document. */
const INDEX_TERMS = 15;
/** Terms shared by more documents than this say little about any pair, and are not walked. */
const MAX_POSTINGS = 1000;
/** The most candidates kept for one document, the most promising first. */
export const PER_DOCUMENT = 40;

/** Each document's indexed terms (`width` slots a document), and the documents each term indexes. */
export interface TermIndexing {
  readonly width: number;
  readonly counts: Uint8Array;
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  /** Postings of term t: `postingStart[t]` to `postingStart[t + 1]`, documents in order. */
  readonly postingStart: Int32Array;
  readonly postingDocs: Int32Array;
  readonly postingWeights: Float64Array;
}

/**
 * A document's heaviest terms that between 2 and `MAX_POSTINGS` documents share (a term no other
 * document has cannot pair anything), at most `INDEX_TERMS`: by weight, equal weights in the
 * order their stems sort, then in the row's order, as a stable sort of the row would leave them.
 */
export function indexTerms(rows: VectorRows): TermIndexing {
  const n = rowCount(rows);
  const df = new Int32Array(rows.termCount);
  for (const id of rows.ids) df[id] = (df[id] ?? 0) + 1;
  const counts = new Uint8Array(n);
  const terms = new Int32Array(n * INDEX_TERMS);
  const weights = new Float64Array(n * INDEX_TERMS);
  const ranks = rows.ranks;
  for (let doc = 0; doc < n; doc++) {
    const base = doc * INDEX_TERMS;
    let kept = 0;
    for (let k = rows.offsets[doc] ?? 0, end = rows.offsets[doc + 1] ?? 0; k < end; k++) {
      const id = rows.ids[k] ?? 0;
      const d = df[id] ?? 0;
      if (d <= 1 || d > MAX_POSTINGS) continue;
      const w = rows.weights[k] ?? 0;
      const rank = ranks[id] ?? 0;
      // After every kept term that is heavier, or as heavy with a stem sorting no later.
      let at = kept;
      while (at > 0) {
        const wa = weights[base + at - 1] ?? 0;
        if (w > wa || (w === wa && rank < (ranks[terms[base + at - 1] ?? 0] ?? 0))) at--;
        else break;
      }
      if (at >= INDEX_TERMS) continue;
      for (let s = Math.min(kept, INDEX_TERMS - 1); s > at; s--) {
        terms[base + s] = terms[base + s - 1] ?? 0;
        weights[base + s] = weights[base + s - 1] ?? 0;
      }
      terms[base + at] = id;
      weights[base + at] = w;
      if (kept < INDEX_TERMS) kept++;
    }
    counts[doc] = kept;
  }
  const postingStart = new Int32Array(rows.termCount + 1);
  for (let doc = 0; doc < n; doc++)
    for (let j = doc * INDEX_TERMS; j < doc * INDEX_TERMS + (counts[doc] ?? 0); j++) {
      const slot = (terms[j] ?? 0) + 1;
      postingStart[slot] = (postingStart[slot] ?? 0) + 1;
    }
  for (let t = 0; t < rows.termCount; t++)
    postingStart[t + 1] = (postingStart[t + 1] ?? 0) + (postingStart[t] ?? 0);
  const fill = postingStart.slice(0, rows.termCount);
  const postingDocs = new Int32Array(postingStart[rows.termCount] ?? 0);
  const postingWeights = new Float64Array(postingDocs.length);
  for (let doc = 0; doc < n; doc++)
    for (let j = doc * INDEX_TERMS; j < doc * INDEX_TERMS + (counts[doc] ?? 0); j++) {
      const term = terms[j] ?? 0;
      const at = fill[term] ?? 0;
      postingDocs[at] = doc;
      postingWeights[at] = weights[j] ?? 0;
      fill[term] = at + 1;
    }
  return { width: INDEX_TERMS, counts, terms, weights, postingStart, postingDocs, postingWeights };
}
