// Only the English list: the package's index pulls in sixty languages.
import { eng } from 'stopword/src/stopwords_eng.js';

const STOPWORDS = new Set<string>([...eng, 'said', 'says', 'told', 'according']);
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/**
 * The content words of a sentence for the plain baseline and for choosing pairs: lowercase, no
 * stop words, no stemming, so that the baseline stays independent of the engine's term analysis.
 */
export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const match of sentence.matchAll(WORD)) {
    const word = match[0]
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/,/gu, '');
    if (!STOPWORDS.has(word)) out.add(word);
  }
  return out;
}

/** The words of a set that contain a digit ("2013", "7.3", "90-day"). */
export function numbersIn(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].filter((w) => /\d/u.test(w)));
}

/** Share of `to`'s content words found in `from`: 1 when `from` uses every content word of `to`. */
export function wordContainment(from: string, to: string): number {
  const target = contentWords(to);
  if (target.size === 0) return 0;
  const source = contentWords(from);
  let found = 0;
  for (const word of target) if (source.has(word)) found++;
  return found / target.size;
}
