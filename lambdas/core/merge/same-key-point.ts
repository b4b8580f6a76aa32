import { BACKGROUND_WEIGHTS } from '../text/term-statistics.js';
import { extractTerms } from '../text/terms.js';

/** Weighted overlap at which two sentences state the same fact. */
const SAME_FACT_OVERLAP = 0.5;
/** The fewest informative terms two sentences must share, so that "Putin said" alone never matches. */
const MIN_SHARED_WEIGHT = 12;

interface Profile {
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
  readonly numbers: ReadonlySet<string>;
}

const cache = new Map<string, Profile>();

function profileOf(sentence: string, language: string): Profile {
  const key = language === 'en' ? sentence : `${language}\u0000${sentence}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const weights = new Map<string, number>();
  const numbers = new Set<string>();
  for (const term of extractTerms(sentence, language)) {
    weights.set(term.stem, BACKGROUND_WEIGHTS.idf(term.stem));
    if (term.numeric && /^\d{2,}/u.test(term.stem)) numbers.add(term.stem);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  const profile = { weights, total, numbers };
  // A bounded cache: merging compares each sentence with many others.
  if (cache.size > 50_000) cache.clear();
  cache.set(key, profile);
  return profile;
}

/**
 * Whether two sentences state the same key point, including paraphrases across outlets
 * ("Putin hailed the unprecedented level of strategic partnership" and "Putin expressed his
 * excitement about the strong partnership"). The informative terms they share, weighted by how
 * rare they are in news, must make up most of the shorter sentence and a fair part of the longer,
 * and numbers of two digits or more they both give must agree. Both sentences are in `language`.
 */
export function isSameKeyPoint(a: string, b: string, language = 'en'): boolean {
  if (a === b) return true;
  const pa = profileOf(a, language);
  const pb = profileOf(b, language);
  if (pa.total === 0 || pb.total === 0) return false;
  let shared = 0;
  for (const [stem, w] of pa.weights) if (pb.weights.has(stem)) shared += w;
  if (shared < MIN_SHARED_WEIGHT) return false;
  if (pa.numbers.size > 0 && pb.numbers.size > 0 && ![...pa.numbers].some((n) => pb.numbers.has(n)))
    return false;
  // Dice coefficient of the weighted term sets, with extra credit when one sentence restates the other.
  const dice = (2 * shared) / (pa.total + pb.total);
  const containment = shared / Math.min(pa.total, pb.total);
  return (dice + containment) / 2 >= SAME_FACT_OVERLAP;
}
