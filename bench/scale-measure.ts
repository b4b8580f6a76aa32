import { toDigestArticle } from '../lambdas/core/digest/build-digest.js';
import { type Article, type DigestKeyPoint, groupArticles, storyKeyPoints } from '../lambdas/core/index.js';
import { allPairsPass, baselineVectors, pairCount, sampleRows } from './all-pairs-baseline.js';
import { peakMiB, startPeakWindow } from './peak-memory.js';
import { groupsDigest, inputDigest, sameAsReference } from './scale-groups.js';
import { round } from './stats.js';

/** The engine at one size: grouping, merging, memory, and the edition state it would store. */
export interface IndexFigures {
  readonly size: number;
  readonly stories: number;
  readonly largestStory: number;
  readonly groupMs: number;
  readonly mergeMs: number;
  readonly totalMs: number;
  /** Resident memory before the articles were read: the process's own, not the engine's work. */
  readonly rssIdleMiB: number;
  readonly rssStartMiB: number;
  /** Peak resident memory of the process through grouping and key points. */
  readonly peakMiB: number;
  /** The same, through writing and reading the state's JSON too, as the ingest function does after grouping. */
  readonly peakWithStateMiB: number;
  readonly peakMethod: string;
  /** The edition state's JSON (articles and stories), which the ingest function reads and writes per batch. */
  readonly stateMB: number;
  readonly stateRoundTripMs: number;
  /** Digests of the articles grouped and of the stories made (see `scale-groups.ts`), taken after the measurements. */
  readonly inputDigest: string;
  readonly groupsDigest: string;
  /** Whether the stories are those the grouping before typed arrays made of the same articles; null when it was not run on them. */
  readonly sameGroupsAsReference: boolean | null;
}

/** Pairs the sampled baseline compares: about a second and a half of work at any size. */
const SAMPLED_PAIRS = 600_000;

/** Grouping, then key points of every story, timed apart; then the state's JSON round trip. */
export function measureIndex(articles: readonly Article[], rssIdleMiB: number): IndexFigures {
  const window = startPeakWindow();
  const start = performance.now();
  const stories = groupArticles(articles);
  const grouped = performance.now();
  const keyPoints: DigestKeyPoint[][] = stories.map((story) => storyKeyPoints(story));
  const merged = performance.now();
  const peak = peakMiB(window.method);
  const state = {
    edition: '2024-05-16',
    articles: articles.map((a) => ({ ...a, contentHash: '0'.repeat(64) })),
    rejected: [],
    stories: stories.map((story, i) => ({
      id: String(i),
      headline: story[0]?.title ?? '',
      articles: story.map((a) => toDigestArticle(a)),
      keyPoints: keyPoints[i],
    })),
  };
  const before = performance.now();
  const json = JSON.stringify(state);
  JSON.parse(json);
  const roundTrip = performance.now() - before;
  const peakWithState = peakMiB(window.method);
  const input = inputDigest(articles);
  const groups = groupsDigest(stories);
  return {
    size: articles.length,
    stories: stories.length,
    largestStory: Math.max(...stories.map((s) => s.length)),
    groupMs: round(grouped - start),
    mergeMs: round(merged - grouped),
    totalMs: round(merged - start),
    rssIdleMiB: round(rssIdleMiB),
    rssStartMiB: round(window.rssStartMiB),
    peakMiB: round(peak),
    peakWithStateMiB: round(peakWithState),
    peakMethod: window.method,
    stateMB: round(Buffer.byteLength(json) / 1e6),
    stateRoundTripMs: round(roundTrip),
    inputDigest: input,
    groupsDigest: groups,
    sameGroupsAsReference: sameAsReference(input, groups),
  };
}

/** The all-pairs baseline at one size, measured in full or extrapolated from sampled rows. */
export interface BaselineFigures {
  readonly size: number;
  readonly sampled: boolean;
  /** Term vectors of every article (the engine's features and weights). */
  readonly setupMs: number;
  readonly pairsCompared: number;
  readonly compareMs: number;
  readonly perPairUs: number;
  /** Setup plus every pair: measured, or setup plus the sampled cost per pair times all pairs. */
  readonly totalMs: number;
  readonly peakMiB: number;
}

export function measureAllPairs(articles: readonly Article[], sampled: boolean): BaselineFigures {
  const window = startPeakWindow();
  const start = performance.now();
  const vectors = baselineVectors(articles);
  const setup = performance.now();
  const rows = sampled ? sampleRows(vectors.length, SAMPLED_PAIRS) : undefined;
  const pass = allPairsPass(vectors, rows);
  const compareMs = performance.now() - setup;
  const perPairMs = compareMs / Math.max(1, pass.pairs);
  return {
    size: articles.length,
    sampled,
    setupMs: round(setup - start),
    pairsCompared: pass.pairs,
    compareMs: round(compareMs),
    perPairUs: round(perPairMs * 1000),
    totalMs: round(
      sampled ? setup - start + perPairMs * pairCount(articles.length) : setup - start + compareMs,
    ),
    peakMiB: round(peakMiB(window.method)),
  };
}
