/** Files larger than this are rejected unread unless configured otherwise: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Longest one file may take to be read (parsed, cleaned, ranked) before it is rejected: normal
 * articles take milliseconds, and hostile markup is bounded before parsing, so this only stops
 * what slips past those bounds.
 */
export const EXTRACT_DEADLINE_MS = 10_000;

/** Most heap one file's reading may use before it is rejected, in MB. */
export const EXTRACT_MEMORY_MB = 512;

/**
 * Most articles one edition takes unless configured otherwise; the rest wait for the next
 * edition. The newsletter function's memory is sized so that a build of this many keeps a third
 * of it spare (see BENCHMARKS.md).
 */
export const DEFAULT_MAX_EDITION_ARTICLES = 25_000;
