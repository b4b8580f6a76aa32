import sbd from 'sbd';
import { normalizeSpace } from './normalize.js';

const OPTIONS: sbd.Options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: false,
};

/**
 * Splits a paragraph into sentences, keeping abbreviations (U.S., Mr., Jan.), initials,
 * decimals and quotations inside their sentence. Each sentence is verbatim apart from spacing.
 */
export function splitSentences(paragraph: string): string[] {
  const text = normalizeSpace(paragraph);
  if (text === '') return [];
  return sbd
    .sentences(text, OPTIONS)
    .map((s) => normalizeSpace(s))
    .filter((s) => s !== '');
}
