import * as z from 'zod/mini';

const Email = z.email();

/** Whether a string is one email address. */
export const isEmail = (value: string): boolean => Email.safeParse(value).success;

/**
 * Reads a subscribers file: a JSON array of addresses, or one address per line (commas also
 * separate). Returns the valid addresses, deduplicated case-insensitively, and the invalid entries.
 */
export function parseSubscribers(text: string): { readonly valid: string[]; readonly invalid: string[] } {
  let entries: unknown[];
  try {
    const parsed: unknown = JSON.parse(text);
    entries = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    entries = text.split(/[\n,;]/u);
  }
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const address = String(entry ?? '').trim();
    if (address === '' || address.startsWith('#')) continue;
    if (!isEmail(address)) invalid.push(address);
    else if (!seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      valid.push(address);
    }
  }
  return { valid, invalid };
}
