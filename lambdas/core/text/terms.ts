import { stemmer } from 'stemmer';
// Only the English list: the package's index pulls in sixty languages.
import { eng } from 'stopword/src/stopwords_eng.js';
import { MAX_TERM_CHARS } from '../limits.js';
import { languageProfile } from './languages.js';
import { wordTerms } from './word-terms.js';

const STOPWORDS = new Set<string>([
  ...eng,
  // Reporting verbs and news filler carry no fact of their own.
  ...['said', 'says', 'say', 'told', 'according', 'also', 'would', 'could', 'will', 'new'],
  ...['mr', 'mrs', 'ms', 'dr', 'like', 'just', 'get', 'got'],
]);

// Outlets write small numbers in words or digits ("two million", "2 million"): both compare as digits.
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (w, i) => [w, String(i + 1)],
  ),
);

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** A word of a sentence as the engine compares it: lowercase stem, with whether it looks like a name. */
export interface Term {
  readonly stem: string;
  readonly capitalized: boolean;
  readonly numeric: boolean;
}

// Vocabulary and sentences repeat across articles and rebuilds: each is analysed once (bounded).
const WORDS = new Map<string, WordForms | null>();
const TERMS = new Map<string, readonly Term[]>();
const FORMS = new Map<string, Term[]>();
const CACHE_LIMIT = 100_000;

/** The term a word makes inside a text and at its start (where a capital says nothing). */
interface WordForms {
  readonly inside: Term;
  readonly atStart: Term;
}

function stemOf(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[’']/gu, '');
  return /\d/u.test(lower) ? lower.replace(/,/gu, '') : stemmer(lower.replace(/\./gu, ''));
}

/** What a word is as a term, or null when it is none (a stop word, a lone letter); remembered. */
function wordForms(word: string): WordForms | null {
  const known = WORDS.get(word);
  if (known !== undefined) return known;
  let forms: WordForms | null = null;
  const lower = word.toLowerCase();
  if (!STOPWORDS.has(lower) && !STOPWORDS.has(lower.replace(/['’]s$/u, ''))) {
    const spelled = NUMBER_WORDS.get(lower);
    const numeric = spelled !== undefined || /^\d/u.test(word);
    const stem = numeric || word.length >= 2 ? (spelled ?? stemOf(word)) : '';
    if (stem !== '') {
      const atStart: Term = { stem, capitalized: false, numeric };
      forms = { atStart, inside: /^\p{Lu}/u.test(word) ? { stem, capitalized: true, numeric } : atStart };
    }
  }
  if (WORDS.size > CACHE_LIMIT) WORDS.clear();
  WORDS.set(word, forms);
  return forms;
}

/**
 * The content terms of a text: words other than stop words, stemmed (Porter), in order.
 * A capitalised word not at the start of the text is flagged as a likely name. Words longer
 * than {@link MAX_TERM_CHARS} are not terms. A language other than English that the digest
 * reads has its own words, stop words and stemmer (see `wordTerms`).
 */
export function extractTerms(text: string, language = 'en'): readonly Term[] {
  return termsOf(text, language, true);
}

/**
 * The terms of a text as `extractTerms` finds them, from its cache when there, but not added to
 * it: for texts read once in a long batch (grouping reads every article's lead once), where
 * remembering each would only hold memory and push out what is read again.
 */
export function passingTerms(text: string, language = 'en'): readonly Term[] {
  return termsOf(text, language, false);
}

function termsOf(text: string, language: string, remember: boolean): readonly Term[] {
  const profile = language === 'en' ? null : languageProfile(language);
  // One cache for all languages: a text's key carries its language, except English's.
  const key = profile ? `${language}\u0000${text}` : text;
  const cached = TERMS.get(key);
  if (cached) return cached;
  const out: Term[] = profile ? wordTerms(text, profile) : englishTerms(text);
  if (!remember) return out;
  for (let i = 0; i < out.length; i++) {
    const term = out[i];
    if (term) out[i] = shared(term);
  }
  if (TERMS.size > CACHE_LIMIT) TERMS.clear();
  TERMS.set(key, out);
  return out;
}

/**
 * One object for each form of a stem (plain, capitalised, numeric, both): the cache holds a
 * hundred thousand texts, and their terms are mostly the same few thousand words.
 */
function shared(term: Term): Term {
  let forms = FORMS.get(term.stem);
  if (!forms) {
    if (FORMS.size > CACHE_LIMIT) FORMS.clear();
    forms = [];
    FORMS.set(term.stem, forms);
  }
  const form = (term.capitalized ? 1 : 0) + (term.numeric ? 2 : 0);
  const known = forms[form];
  if (known) return known;
  forms[form] = term;
  return term;
}

function englishTerms(text: string): Term[] {
  const out: Term[] = [];
  let first = true;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const atStart = first;
    first = false;
    // A run of letters longer than any word (a hash, a token, a hostile title) is not a term;
    // stemming it would cost time and stack in proportion to its length.
    if (word.length > MAX_TERM_CHARS) continue;
    const forms = wordForms(word);
    if (forms) out.push(atStart ? forms.atStart : forms.inside);
  }
  return out;
}

/** The distinct stems of a text's content terms. */
export function termSet(text: string, language = 'en'): Set<string> {
  return new Set(extractTerms(text, language).map((t) => t.stem));
}
