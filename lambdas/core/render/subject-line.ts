import type { Digest } from '../digest/digest-model.js';

const MAX_SUBJECT = 140;

/** One line of header-safe text: no line breaks or control characters, spaces collapsed. */
export function singleLine(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a header must not carry
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

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
