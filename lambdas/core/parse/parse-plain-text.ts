import { endsLikeSentence } from '../clean/boilerplate-rules.js';
import { findDate } from '../clean/dates.js';
import type { ParsedDocument } from '../model.js';
import { normalizeSpace } from '../text/normalize.js';
import { textToBlocks } from './text-blocks.js';

/** A line that is only a date (a page banner such as "Thursday, 13 Jun, 2024"). */
export function isDateOnly(text: string): boolean {
  if (findDate(text) === null) return false;
  const rest = text
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/giu, '')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/giu, '')
    .replace(/[\d\s,.:/-]+|\b(st|nd|rd|th|am|pm|hrs|gmt|utc)\b/giu, '');
  return rest.length <= 2;
}

/**
 * Takes the title from plain text: the first non-empty line that is not a bare date.
 * Dates above the title are page banners, kept apart as the preamble; the rest is the body.
 */
export function splitTitle(text: string): { title: string | null; preamble: string[]; body: string } {
  const lines = text.split(/\r?\n|\r/u);
  const preamble: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = normalizeSpace(lines[i] ?? '');
    if (line === '') continue;
    if (isDateOnly(line)) {
      preamble.push(line);
      continue;
    }
    // A first line that is a whole sentence is the lead doubling as title: it stays in the body.
    const bodyStart = endsLikeSentence(line) ? i : i + 1;
    return { title: line, preamble, body: lines.slice(bodyStart).join('\n') };
  }
  return { title: null, preamble, body: '' };
}

/** Parses a `.txt` article: the first non-empty line (after any date banner) is the title. */
export function parsePlainText(text: string): ParsedDocument {
  const { title, preamble, body } = splitTitle(text);
  return { title, blocks: textToBlocks(body), preamble, outlet: null, url: null, publishedAt: null };
}
