import type { Digest } from '../digest/digest-model.js';
import { clipText } from '../text/clip-text.js';

const MAX_SUBJECT = 140;

// Bidi embeddings, overrides, isolates and marks, and zero-width spaces: invisible, they can
// reorder or disguise what a reader sees. The zero-width non-joiner is spelling in Persian and
// Indic scripts and is kept.
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/gu;
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
// A nonspacing mark other than a variation selector: in Indic scripts the virama before a joiner.
const MARK_BEFORE = /(?![\ufe00-\ufe0f])\p{Mn}$/u;

/** Whether the zero-width joiner at `at` joins an emoji sequence (a family, a flag) or follows a virama. */
function joins(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return (
    (EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(text.slice(at + 1, at + 3))) || MARK_BEFORE.test(before)
  );
}

/**
 * One line of header-safe text: no line breaks, control characters, bidi controls or zero-width
 * characters, spaces collapsed.
 */
export function singleLine(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/\u200d/gu, (zwj, at: number, all: string) => (joins(all, at) ? zwj : ''))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a header must not carry
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis, never splitting a character. */
export const truncate = clipText;

/** The edition date as readers say it: "Friday 17 May 2024". */
export function editionLabel(edition: string): string {
  const date = new Date(`${edition}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return edition;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(',', '');
}

/** The email's subject: the edition date and the top story, on one line whatever the articles hold. */
export function subjectLine(digest: Digest): string {
  const day = new Date(`${digest.edition}T00:00:00Z`);
  // An edition that is not a real date is shown as written rather than failing the whole email.
  const date = Number.isNaN(day.getTime())
    ? singleLine(digest.edition)
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(day);
  const prefix = `News Digest, ${date}`;
  const top = digest.stories[0]?.headline;
  return truncate(singleLine(top ? `${prefix}: ${top}` : `${prefix}: no new stories`), MAX_SUBJECT);
}
