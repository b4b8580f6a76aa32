import { languageProfile } from './languages.js';
import { segmentWords } from './word-terms.js';

/** How many words a sentence has: spaces count them in English, the Unicode word rules elsewhere. */
export function wordCount(text: string, language = 'en'): number {
  if (language === 'en' || !languageProfile(language)) return text.split(/\s+/u).length;
  return segmentWords(text, language).length;
}

/**
 * Whether a sentence starts and ends like a statement: a capital or digit first (after an opening
 * quote or bracket) and no question mark last. Scripts without capitals (Arabic, Chinese, Hindi)
 * start with any letter; other languages' opening and question marks (« ¿ 「 ？ ؟) count too.
 */
export function isStatement(text: string, language = 'en'): boolean {
  if (language === 'en') return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(text) && !/\?["”’]?$/u.test(text);
  return /^["“‘'(«„‚¡「『（]?\s?[\p{Lu}\p{Lo}\p{N}]/u.test(text) && !/[?？;؟՞]["”’»」』）)]?$/u.test(text);
}
