import { BACKGROUND_WEIGHTS } from '../text/term-statistics.js';
import { extractTerms } from '../text/terms.js';

/** Share of one sentence's information another must carry to state all of it. */
export const CARRY_SHARE = 0.8;
/** Share each of two sentences must carry of the other to state the same fact. */
export const SAME_SHARE = 0.7;
/** The least informative weight two sentences must share, so that "Putin said" alone never matches. */
const MIN_SHARED_WEIGHT = 10;
/** Names and numbers identify a fact: missing one costs twice an ordinary word. */
const ANCHOR_WEIGHT = 2;

// Negation turns a fact into its opposite; the stop-word list drops these words, so they are read here.
const NEGATION = /\b(?:not|no|never|neither|nor|none|nobody|nothing|without|cannot)\b|n['’]t\b/iu;

interface Profile {
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
}

const cache = new Map<string, Profile>();
const CACHE_LIMIT = 50_000;

function profileOf(sentence: string): Profile {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const weights = new Map<string, number>();
  const numbers = new Set<string>();
  for (const term of extractTerms(sentence)) {
    const anchor = term.numeric || term.capitalized;
    const weight = BACKGROUND_WEIGHTS.idf(term.stem) * (anchor ? ANCHOR_WEIGHT : 1);
    weights.set(term.stem, Math.max(weights.get(term.stem) ?? 0, weight));
    if (term.numeric) numbers.add(term.stem);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  const profile = { weights, total, numbers, negated: NEGATION.test(sentence) };
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(sentence, profile);
  return profile;
}

/** Numbers both sentences give, where neither gives one the other lacks: "12 dead" against "15 dead". */
function numbersConflict(from: Profile, to: Profile): boolean {
  if (from.numbers.size === 0 || to.numbers.size === 0) return false;
  for (const n of to.numbers) if (!from.numbers.has(n)) return true;
  return false;
}

/**
 * How much of `to`'s information `from` carries, from 0 to 1: the weighted share of `to`'s
 * informative words (rarer words weigh more, names and numbers twice) that `from` also states.
 * A number `to` gives that `from` contradicts, or a negation only one of them makes, carries
 * nothing.
 *
 * @example
 * carriedShare('Putin arrived in Beijing on Tuesday for a two-day state visit', 'Putin arrived in Beijing');
 * // close to 1: the longer sentence states all of the shorter one
 */
export function carriedShare(from: string, to: string): number {
  if (from === to) return 1;
  const f = profileOf(from);
  const t = profileOf(to);
  if (t.total === 0 || f.total === 0) return 0;
  if (f.negated !== t.negated || numbersConflict(f, t)) return 0;
  let shared = 0;
  for (const [stem, w] of t.weights) if (f.weights.has(stem)) shared += w;
  if (shared < MIN_SHARED_WEIGHT && shared < t.total) return 0;
  return shared / t.total;
}

/** Whether `from` states everything `to` states (and perhaps more). */
export const carries = (from: string, to: string): boolean => carriedShare(from, to) >= CARRY_SHARE;

/**
 * Whether two sentences state the same fact: each carries most of the other's information, with
 * names, numbers and negation in agreement. The merge takes such sentences as one key point.
 *
 * @example
 * isSameKeyPoint('Xi welcomed Putin to Beijing on Thursday.', 'Putin was welcomed by Xi in Beijing on Thursday.'); // true
 */
export function isSameKeyPoint(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(carriedShare(a, b), carriedShare(b, a)) >= SAME_SHARE;
}

/** The informative words of a sentence, rarest first: what an index of facts looks up. */
export function anchorsOf(sentence: string, count: number): string[] {
  return [...profileOf(sentence).weights.entries()]
    .sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
    .slice(0, count)
    .map(([stem]) => stem);
}
