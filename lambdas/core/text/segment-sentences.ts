import { endsWithAbbreviation, endsWithOrdinal } from './abbreviations.js';
import type { LanguageProfile } from './languages.js';
import { normalizeSpace } from './normalize.js';

const SEGMENTERS = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = SEGMENTERS.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    SEGMENTERS.set(language, found);
  }
  return found;
}

// Unicode counts every quotation mark as closing, so "。“我们" ends a sentence with the quote that
// opens the next one: opening marks at a segment's end move to the segment after.
const TRAILING_OPENERS = /[“‘«„‚「『（([【〈《]+$/u;

/**
 * Splits a paragraph of a language other than English into sentences with the Unicode sentence
 * rules (`Intl.Segmenter`), which know the full stops of every script (。！？ ।  ؟ ።) and need no
 * spaces between sentences. A dot after an abbreviation, an initial or (where the language writes
 * them so) an ordinal does not end a sentence. Each sentence is verbatim apart from spacing.
 */
export function segmentSentences(paragraph: string, profile: LanguageProfile): string[] {
  const text = normalizeSpace(paragraph);
  if (text === '') return [];
  const sentences: string[] = [];
  let pending = '';
  let carried = '';
  for (const { segment } of segmenter(profile.code).segment(text)) {
    let piece = carried + segment;
    carried = '';
    const opener = TRAILING_OPENERS.exec(piece.trimEnd());
    if (opener) {
      carried = opener[0];
      piece = piece.trimEnd().slice(0, -opener[0].length);
    }
    pending += piece;
    const joined =
      endsWithAbbreviation(pending, profile.code) || (profile.ordinalDot && endsWithOrdinal(pending));
    if (!joined) {
      sentences.push(pending);
      pending = '';
    }
  }
  pending += carried;
  if (pending !== '') sentences.push(pending);
  return sentences.map((s) => normalizeSpace(s)).filter((s) => s !== '');
}
