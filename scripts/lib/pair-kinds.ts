import { contentWords, numbersIn } from './content-words.js';

/** Why a pair was chosen for the fact-pair set: the hard case it stands for, or `random`. */
export type PairKind =
  | 'wire-copy'
  | 'containment'
  | 'numbers'
  | 'negation'
  | 'paraphrase'
  | 'overlap-different'
  | 'random';

/** A sentence of the corpus with what pair selection needs to know about it. */
export interface Sentence {
  readonly article: string;
  readonly text: string;
  readonly words: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
}

const NEGATION = /\b(?:not|no|never|none|nobody|nothing|without|denied|denies)\b|n['’]t\b/iu;

export function toSentence(article: string, text: string): Sentence {
  const words = contentWords(text);
  return { article, text, words, numbers: numbersIn(words), negated: NEGATION.test(text) };
}

/** Overlap figures of a pair: word Jaccard, and how much of each side the other contains. */
export interface Overlap {
  readonly jaccard: number;
  readonly aInB: number;
  readonly bInA: number;
  readonly sharedRare: number;
}

export function overlapOf(a: Sentence, b: Sentence, isRare: (word: string) => boolean): Overlap {
  let shared = 0;
  let sharedRare = 0;
  for (const w of a.words)
    if (b.words.has(w)) {
      shared++;
      if (isRare(w) || /\d/u.test(w)) sharedRare++;
    }
  const union = a.words.size + b.words.size - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    aInB: a.words.size === 0 ? 0 : shared / a.words.size,
    bInA: b.words.size === 0 ? 0 : shared / b.words.size,
    sharedRare,
  };
}

const differ = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean =>
  x.size > 0 && y.size > 0 && ([...x].some((n) => !y.has(n)) || [...y].some((n) => !x.has(n)));

/**
 * The hard case a pair stands for, tested in order (a wire copy with a different number counts as
 * `numbers`), or undefined when it is none of them. Thresholds only choose candidates; the labels
 * come from reading each pair.
 */
export function kindOf(a: Sentence, b: Sentence, o: Overlap): PairKind | undefined {
  const longer = Math.max(a.words.size, b.words.size);
  const shorter = Math.min(a.words.size, b.words.size);
  if (differ(a.numbers, b.numbers) && o.jaccard >= 0.3) return 'numbers';
  if (a.negated !== b.negated && o.jaccard >= 0.35) return 'negation';
  if (o.jaccard >= 0.75) return 'wire-copy';
  if (Math.max(o.aInB, o.bInA) >= 0.8 && longer >= 1.5 * shorter) return 'containment';
  if (o.jaccard >= 0.35 && Math.max(o.aInB, o.bInA) < 0.75) return 'overlap-different';
  if (o.sharedRare >= 2 && o.jaccard <= 0.25) return 'paraphrase';
  return undefined;
}
