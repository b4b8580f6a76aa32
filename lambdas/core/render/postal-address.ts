/** The longest postal address the footer shows, in characters. */
export const MAX_POSTAL_ADDRESS = 200;

// Control, format (bidi controls, zero-width characters, soft hyphens), private-use, surrogate and
// unassigned code points, and line and paragraph separators: none belongs in an address a reader
// must be able to read as written, and a bidi control could make it read as something else.
const UNPRINTABLE = /[\p{C}\u2028\u2029]/u;

/**
 * Why `value` cannot be the sender's postal address shown in every newsletter (US CAN-SPAM asks
 * for a valid physical postal address in each commercial message), or `undefined` when it can:
 * one line of printable text, at most `MAX_POSTAL_ADDRESS` characters.
 */
export function postalAddressProblem(value: string): string | undefined {
  const address = value.trim();
  if (address === '') return 'it is empty';
  const bad = UNPRINTABLE.exec(address)?.[0];
  if (bad !== undefined) {
    const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    return `it holds U+${code}, a line break, control or invisible character; write it on one line of printable text`;
  }
  const length = [...address].length;
  if (length > MAX_POSTAL_ADDRESS) return `it is ${length} characters long, more than ${MAX_POSTAL_ADDRESS}`;
  return undefined;
}
