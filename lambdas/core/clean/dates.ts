const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

const ISO =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/iu;
const DAY_MONTH_YEAR = new RegExp(
  `\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'iu',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function calendarDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Finds the first calendar date written in a piece of text: ISO (`2024-05-16 09:36:55`) or
 * with a month name (`MAY 16, 2024`, `13 Jun, 2024`, `Thursday, 13 Jun 2024`).
 * Returns ISO 8601: the full date-time when the text gives one with its offset, else the date.
 */
export function findDate(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date && iso[4] && iso[7]) {
      const parsed = new Date(`${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${normalizeOffset(iso[7])}`);
      if (!Number.isNaN(parsed.getTime())) return parsed.toISOString();
    }
    if (date) return date;
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy?.[2]) return calendarDate(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy?.[1]) return calendarDate(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  return null;
}

function normalizeOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** Normalizes a structured timestamp (JSON field, HTML meta tag) to ISO 8601, or null if unparseable. */
export function normalizeTimestamp(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const found = findDate(trimmed);
  if (found) return found;
  const parsed = new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}
