// Whatever normalizeSpace would change: a space character other than the plain space (JavaScript's
// \s, spelled out: a spelled-out class scans about twice as fast as [^\S ]), a zero-width space, or
// two spaces in a row. A space at either end is checked apart.
const UNNORMALIZED_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  // Text reaches here many times on its way through the engine, mostly already normalised:
  // checking costs a scan, replacing costs a new string.
  const normalized =
    !UNNORMALIZED_SPACE.test(text) && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32;
  return normalized ? text : text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
}

/**
 * A comparison key for lines: case, punctuation, quote style and spacing removed, so that
 * "Putin’s visit" and "Putin's  visit." compare equal.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
