/**
 * The engine's size limits. Every file costs bounded CPU and memory whatever it holds, and every
 * article it yields has a bounded size: parsers get bounded input, and what is stored is capped.
 * Each cap sits well above what real news articles need, so normal articles are read unchanged.
 */

/** Files larger than this are rejected unread unless configured otherwise: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Characters of a text or Markdown file (or of a JSON article's text) that are parsed; the rest is
 * not read. Five times the article text used ({@link MAX_TEXT_CHARS}), leaving room for markup.
 */
export const MAX_SOURCE_CHARS = 500_000;

/**
 * Characters of body text an article is read from, cut at a block or sentence boundary: about
 * 15,000 words, three times a long read. News puts its facts first; the tail adds cost, not facts.
 */
export const MAX_TEXT_CHARS = 100_000;

/** Text blocks (paragraphs, headings, list items) an article is read from: a long read has 200. */
export const MAX_BLOCKS = 2_000;

/** Sentences an article's key points are ranked among: about 30 pages of news prose. */
export const MAX_SENTENCES = 2_000;

/**
 * The longest sentence kept, in characters (about 170 words; news sentences average 20 words and
 * the longest seen in the ECB+ corpus is 530 characters). A longer "sentence" is a list, a table or
 * text without punctuation: it is dropped, never a key point, never stored.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/**
 * Body sentences stored with an article: its lead, which grouping compares (`GROUPING.leadSentences`,
 * 12), with room to tune that. Key points are stored on their own, wherever they stand in the body.
 */
export const MAX_STORED_SENTENCES = 16;

/**
 * The longest title, in characters, cut at a word boundary with an ellipsis. Headlines run to about
 * 100 characters; a title that stands in for a missing one is the lead sentence (up to 343 in ECB+).
 */
export const MAX_TITLE_CHARS = 400;

/** The longest word that counts as a term: English words and names stay under 40 letters. */
export const MAX_TERM_CHARS = 64;

/** Photo captions kept per article: they only keep captions out of the key points. */
export const MAX_CAPTIONS = 8;

/** The longest caption kept: one longer than any key point can never match one. */
export const MAX_CAPTION_CHARS = MAX_SENTENCE_CHARS;

/** The longest article URL kept; longer ones are dropped, since a cut URL leads nowhere (browsers' practical limit). */
export const MAX_URL_CHARS = 2_048;

/** The longest outlet name, cut at a word boundary: real names stay under 60 characters. */
export const MAX_OUTLET_CHARS = 100;

/**
 * HTML elements above which Mozilla Readability is not run: its cost grows faster than the page
 * (about 16 s on a 78 KB table). Real article pages hold 500 to 5,000 elements; larger or deeper
 * documents are read by a linear pass over their text blocks instead.
 */
export const MAX_READABILITY_ELEMENTS = 10_000;

/** HTML nesting depth above which Readability is not run: real pages nest 20 to 40 deep. */
export const MAX_READABILITY_DEPTH = 100;

/**
 * Markdown blockquotes and lists nested on one line that are read as such; markers beyond are
 * dropped and the text read inside the deepest kept. Real articles nest two or three deep.
 */
export const MAX_MARKDOWN_NESTING = 8;

/**
 * The most an article takes as JSON (UTF-8 bytes) besides its key: 3 bytes for each capped
 * character of title, outlet, URL, stored sentences, key points and captions, plus the structure.
 */
export const MAX_ARTICLE_JSON_BYTES = 128 * 1024;

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
