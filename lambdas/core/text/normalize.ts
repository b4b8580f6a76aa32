/** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
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
