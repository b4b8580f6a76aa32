import sbd from 'sbd';
import { languageProfile } from './languages.js';
import { normalizeSpace } from './normalize.js';
import { segmentSentences } from './segment-sentences.js';

const OPTIONS: sbd.Options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: false,
};

/**
 * Whether `sbd` would return a paragraph (with normalised spacing) whole, as one sentence, so
 * that it need not be asked. It ends a sentence only at a word holding ".", "!" or "?" (or its own
 * line-break marker "@~@"): with those marks only in the last word, and none followed by a letter
 * (which it takes for two sentences run together), its rules have nowhere to split. Most
 * paragraphs of news are one sentence; this spares them the splitter's word-by-word rules.
 */
function isOneSentence(text: string): boolean {
  const firstMark = text.search(/[.!?]/u);
  if (firstMark >= 0 && firstMark < text.lastIndexOf(' ')) return false;
  return !/[.!?][a-zA-Z]/u.test(text) && !text.includes('@~@');
}

/**
 * Splits a paragraph into sentences, keeping abbreviations (U.S., Mr., Jan.), initials,
 * decimals and quotations inside their sentence. Each sentence is verbatim apart from spacing.
 * English goes through `sbd`, whose rules are English; other languages the digest reads go
 * through the Unicode sentence rules (see `segmentSentences`).
 */
export function splitSentences(paragraph: string, language = 'en'): string[] {
  const profile = language === 'en' ? null : languageProfile(language);
  if (profile) return segmentSentences(paragraph, profile);
  const text = normalizeSpace(paragraph);
  if (text === '') return [];
  if (isOneSentence(text)) return [text];
  return sbd
    .sentences(text, OPTIONS)
    .map((s) => normalizeSpace(s))
    .filter((s) => s !== '');
}
