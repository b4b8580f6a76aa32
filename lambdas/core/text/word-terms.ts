import { MAX_TERM_CHARS } from '../limits.js';
import type { LanguageProfile } from './languages.js';
import type { Term } from './terms.js';

const SEGMENTERS = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = SEGMENTERS.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'word' });
    SEGMENTERS.set(language, found);
  }
  return found;
}

/** The words of a text in a language other than English, as the Unicode word rules find them. */
export function segmentWords(text: string, language: string): string[] {
  const words: string[] = [];
  for (const s of segmenter(language).segment(text)) if (s.isWordLike) words.push(s.segment);
  return words;
}

// French, Italian and Catalan elide articles and pronouns into the next word ("l'accident"):
// the word itself is the term.
const ELIDED = /^\p{L}{1,7}['’](?=\p{L})/u;
const ELIDING = new Set(['fr', 'it', 'ca']);
// A lone kana is a particle or a fragment of a word the dictionary did not know ("け", "が").
const LONE_KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

/**
 * The content terms of a text in a language other than English: the words of the Unicode word
 * rules (which find words in Chinese and Japanese from a dictionary, where no space marks them),
 * in compatibility form (NFKC: full-width digits and letters as ASCII) and lowercase, without the
 * language's stop words, stemmed where a stemmer exists. Chinese and Japanese are compared by
 * these dictionary words rather than character bigrams: a name stays one term ("里昂", Lyon),
 * and the same text always splits the same way. A capitalised word not at the start of the text
 * is a likely name, in the scripts that have capitals.
 */
export function wordTerms(text: string, profile: LanguageProfile): Term[] {
  const out: Term[] = [];
  let first = true;
  for (const word of segmentWords(text, profile.code)) {
    const atStart = first;
    first = false;
    if (word.length > MAX_TERM_CHARS) continue;
    let lower = word.normalize('NFKC').toLowerCase();
    if (ELIDING.has(profile.code)) lower = lower.replace(ELIDED, '');
    if (profile.stopwords.has(lower)) continue;
    const numeric = /^\p{N}/u.test(lower);
    if (!numeric && (lower.length < 2 || LONE_KANA.test(lower))) continue;
    const stem = numeric || !profile.stem ? lower : profile.stem(lower);
    if (stem === '') continue;
    out.push({ stem, capitalized: profile.cased && !atStart && /^\p{Lu}/u.test(word), numeric });
  }
  return out;
}
