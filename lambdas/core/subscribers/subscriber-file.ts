import * as z from 'zod/mini';

const Email = z.email();

/** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
const MAX_ADDRESS_LENGTH = 254;

/** Whether a string is one email address. */
export const isEmail = (value: string): boolean =>
  value.length <= MAX_ADDRESS_LENGTH && Email.safeParse(value).success;

/** An entry of a subscriber list that is not an address: where it is and why, never its text. */
export interface InvalidSubscriber {
  /** `line 4` of a text list, `entry 3` of a JSON array, `recipients 2` of the deploy setting. */
  readonly position: string;
  readonly reason: string;
}

/** The addresses of a subscriber list, and the entries that are not addresses. */
export interface SubscriberList {
  readonly valid: string[];
  readonly invalid: InvalidSubscriber[];
}

/** Why `entry` is not an email address, in words a person can act on; null when it is one. */
export function addressProblem(entry: unknown): string | null {
  if (typeof entry !== 'string') return `is a JSON ${entry === null ? 'null' : typeof entry}, not text`;
  const address = entry.trim();
  if (isEmail(address)) return null;
  if (address.length > MAX_ADDRESS_LENGTH) return 'is longer than the 254 characters an address may have';
  const ats = address.split('@').length - 1;
  if (ats === 0) return 'has no @';
  if (ats > 1) return 'has more than one @';
  if (/\s/u.test(address)) return 'contains a space';
  const domain = address.slice(address.indexOf('@') + 1);
  if (domain === '') return 'has nothing after the @';
  if (!domain.includes('.')) return `has no dot in its domain`;
  return 'is not a valid email address';
}

/**
 * Reads a subscribers file: a JSON array of addresses, or one address per line (commas and
 * semicolons also separate; `#` starts a comment line). Returns the valid addresses, deduplicated
 * case-insensitively, and where each invalid entry is with its reason.
 */
export function parseSubscribers(text: string): SubscriberList {
  const entries: { position: string; value: unknown }[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed)) {
    parsed.forEach((value: unknown, i) => {
      entries.push({ position: `entry ${i + 1}`, value });
    });
  } else {
    text.split(/\r?\n/u).forEach((line, i) => {
      if (line.trim().startsWith('#')) return;
      for (const value of line.split(/[,;]/u)) entries.push({ position: `line ${i + 1}`, value });
    });
  }
  return collect(entries);
}

/** Keeps the valid addresses of `entries` once each (case-insensitively), reporting the rest. */
export function collect(entries: readonly { position: string; value: unknown }[]): SubscriberList {
  const valid: string[] = [];
  const invalid: InvalidSubscriber[] = [];
  const seen = new Set<string>();
  for (const { position, value } of entries) {
    if (typeof value === 'string' && value.trim() === '') continue;
    const reason = addressProblem(value);
    if (reason !== null) {
      invalid.push({ position, reason });
      continue;
    }
    const address = (value as string).trim();
    if (seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    valid.push(address);
  }
  return { valid, invalid };
}
