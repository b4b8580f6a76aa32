import { languageProfile } from './languages.js';
import { segmentWords } from './word-terms.js';

/** Whether a UTF-16 code unit is one of JavaScript's white space characters (what `\s` matches). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * How many words a sentence has: spaces count them in English, the Unicode word rules elsewhere.
 * In English it is the number of pieces `split(/\s+/u)` would make, one more than the runs of
 * spaces, counted without making the pieces: it is asked of every sentence of every article.
 */
export function wordCount(text: string, language = 'en'): number {
  if (language === 'en' || !languageProfile(language)) {
    let runs = 0;
    let inRun = false;
    for (let i = 0; i < text.length; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (space && !inRun) runs++;
      inRun = space;
    }
    return runs + 1;
  }
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
