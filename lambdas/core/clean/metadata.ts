import { findDate } from './dates.js';

const OUTLET_WORDS =
  /\b(news|times|post|press|daily|tribune|herald|journal|gazette|chronicle|telegraph|guardian|agency|media|tv|radio|network|broadcasting|wire|reuters|afp|bbc|cnn|ap|xinhua|bloomberg|online|magazine|weekly|observer|standard|express|mail|star|sun|today)\b|\.(com|net|org|co|news)\b/iu;

const SOURCE_LINE =
  /^(?:source|sources|via|courtesy(?: of)?|published by|originally published (?:by|in|at))\s*[:\-–—]?\s*(.{2,60}?)\.?$/iu;
const BY_LINE = /^(?:by|from)\s+(.{2,60}?)\.?$/iu;
const LABELLED_DATE =
  /^(?:(?:last\s+)?updated?|published|posted|first published|date|dateline|modified|released)\b/iu;
// A time-zone label such as "BDST:" or "EDT:" before a dateline.
const ZONE_LABEL = /^\p{Lu}{2,5}\s*:/u;

/** Recognises a line that names the outlet ("by time news", "Source: CNN") or the author. */
export function readOutletLine(line: string): { kind: 'outlet' | 'byline'; value: string } | null {
  const source = SOURCE_LINE.exec(line);
  if (source?.[1]) return { kind: 'outlet', value: tidyOutlet(source[1]) };
  const by = BY_LINE.exec(line);
  if (by?.[1]) {
    const name = by[1];
    if (name.split(/\s+/u).length > 8) return null;
    return OUTLET_WORDS.test(name)
      ? { kind: 'outlet', value: tidyOutlet(name) }
      : { kind: 'byline', value: name };
  }
  return null;
}

/**
 * Recognises a line that states when the article was published ("Update: 2024-05-16 09:36:55",
 * "BDST: 0935 HRS, MAY 16, 2024", "Published on May 3, 2013"). Only short lines count, so a
 * date inside a sentence of the story is never taken for the publication date.
 */
export function readDateLine(line: string): { labelled: boolean; value: string } | null {
  if (line.length > 80) return null;
  const date = findDate(line);
  if (date === null) return null;
  const words = line
    .replace(/[\d:,.\-/]+/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length > 8) return null;
  return { labelled: LABELLED_DATE.test(line) || ZONE_LABEL.test(line), value: date };
}

/** An outlet name as people write it: "time news" becomes "Time News"; "CNN" stays. */
export function tidyOutlet(name: string): string {
  const trimmed = name.trim().replace(/^the\s+(?=\p{Ll})/u, '');
  if (trimmed !== trimmed.toLowerCase() || /\.\w{2,}$/u.test(trimmed)) return trimmed;
  return trimmed.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** The outlet implied by an article URL: its host name without `www.`. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}
