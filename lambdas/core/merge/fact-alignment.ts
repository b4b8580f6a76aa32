import { BACKGROUND_WEIGHTS } from '../text/term-statistics.js';
import { extractTerms } from '../text/terms.js';

// Chosen on the labelled pairs (scripts/data/fact-pairs/): the thresholds at which "carries" and
// "same fact" reach a precision of 0.9 there, and counting each content word once, which did
// better than weighting words by rarity or names and numbers twice (README, "Fact alignment").
/** Share of one sentence's content words another must state to carry all of its information. */
export const CARRY_SHARE = 0.75;
/** Share each of two sentences must carry of the other to state the same fact. */
export const SAME_SHARE = 0.75;
/** The fewest content words two sentences must share, so that "Putin said" alone never matches. */
const MIN_SHARED_WORDS = 3;
/** What a contradiction leaves of a share: a number changed or a negation added is a different fact. */
const CONTRADICTION = 0.5;

// Negation turns a fact into its opposite; the stop-word list drops these words, so they are read here.
const NEGATION = /\b(?:not|no|never|neither|nor|none|nobody|nothing|without|cannot)\b|n['’]t\b/iu;

interface Profile {
  readonly stems: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
}

const cache = new Map<string, Profile>();
const CACHE_LIMIT = 50_000;

function profileOf(sentence: string, language: string): Profile {
  const cacheKey = language === 'en' ? sentence : `${language}\u0000${sentence}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const stems = new Set<string>();
  const numbers = new Set<string>();
  for (const term of extractTerms(sentence, language)) {
    stems.add(term.stem);
    if (term.numeric) numbers.add(term.stem);
  }
  const profile = { stems, numbers, negated: NEGATION.test(sentence) };
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, profile);
  return profile;
}

/** Numbers both sentences give, where neither gives one the other lacks: "12 dead" against "15 dead". */
function numbersConflict(from: Profile, to: Profile): boolean {
  if (from.numbers.size === 0 || to.numbers.size === 0) return false;
  for (const n of to.numbers) if (!from.numbers.has(n)) return true;
  return false;
}

/**
 * How much of `to`'s information `from` carries, from 0 to 1: the share of `to`'s content words
 * (stemmed, stop words left out, numbers written in words or digits alike) that `from` also
 * states. A number `to` gives that `from` contradicts, or a negation only one of them makes,
 * halves it, so such sentences never state the same fact.
 *
 * @example
 * carriedShare('Putin arrived in Beijing on Tuesday for a two-day state visit', 'Putin arrived in Beijing');
 * // close to 1: the longer sentence states all of the shorter one
 */
export function carriedShare(from: string, to: string, language = 'en'): number {
  if (from === to) return 1;
  const f = profileOf(from, language);
  const t = profileOf(to, language);
  if (t.stems.size === 0 || f.stems.size === 0) return 0;
  let shared = 0;
  for (const stem of t.stems) if (f.stems.has(stem)) shared++;
  if (shared < MIN_SHARED_WORDS && shared < t.stems.size) return 0;
  let share = shared / t.stems.size;
  if (f.negated !== t.negated) share *= CONTRADICTION;
  if (numbersConflict(f, t)) share *= CONTRADICTION;
  return share;
}

/** Whether `from` states everything `to` states (and perhaps more). */
export const carries = (from: string, to: string, language = 'en'): boolean =>
  carriedShare(from, to, language) >= CARRY_SHARE;

/**
 * Whether two sentences state the same fact: each carries most of the other's information, with
 * names, numbers and negation in agreement. The merge takes such sentences as one key point.
 *
 * @example
 * isSameKeyPoint('Xi welcomed Putin to Beijing on Thursday.', 'Putin was welcomed by Xi in Beijing on Thursday.'); // true
 */
export function isSameKeyPoint(a: string, b: string, language = 'en'): boolean {
  if (a === b) return true;
  return Math.min(carriedShare(a, b, language), carriedShare(b, a, language)) >= SAME_SHARE;
}

/** The informative words of a sentence, rarest first: what an index of facts looks up. */
export function anchorsOf(sentence: string, count: number, language = 'en'): string[] {
  return [...profileOf(sentence, language).stems]
    .map((stem) => [stem, BACKGROUND_WEIGHTS.idf(stem)] as const)
    .sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
    .slice(0, count)
    .map(([stem]) => stem);
}
