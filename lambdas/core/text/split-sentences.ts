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
  return sbd
    .sentences(text, OPTIONS)
    .map((s) => normalizeSpace(s))
    .filter((s) => s !== '');
}
