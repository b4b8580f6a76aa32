/** A file handed to the engine: its key (path relative to the inbox) and its raw bytes. */
export interface SourceFile {
  readonly key: string;
  readonly bytes: Uint8Array;
}

/** A block of text as the source laid it out: a paragraph, a heading or a list item. */
export interface Block {
  readonly kind: 'paragraph' | 'heading';
  readonly text: string;
}

/** What a parser finds in a file before any cleaning. */
export interface ParsedDocument {
  readonly title: string | null;
  readonly blocks: readonly Block[];
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  /** Title-level text found before the title (page banners, dates) that is not part of the article. */
  readonly preamble: readonly string[];
}

/** A sentence of an article's body, verbatim apart from whitespace. */
export interface Sentence {
  readonly text: string;
  /** Position of the sentence in the article body, from 0. */
  readonly index: number;
  /** Index of the paragraph it belongs to, from 0. */
  readonly paragraph: number;
}

/** A key point of one article: a verbatim sentence and its score. */
export interface RankedSentence extends Sentence {
  readonly score: number;
}

/**
 * Where a publication date was found: the file's own metadata (a JSON field, front matter, an HTML
 * meta tag), or a date line in the page text, which scraped pages sometimes get wrong (a banner's
 * date, the date a page was copied).
 */
export type DateSource = 'metadata' | 'page';

/** An article after parsing, cleaning and key-point extraction. */
export interface Article {
  readonly key: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO 8601: a date (`2024-05-16`) or a date-time with its offset. */
  readonly publishedAt: string | null;
  /** Where `publishedAt` was found; absent in records stored before it was kept, read as 'page'. */
  readonly dateSource?: DateSource | null;
  /** The language of its text, ISO 639-1 (`en`, `zh`, `ar`): only articles in one language are grouped together. */
  readonly language: string;
  /** The first sentences of the body, at most `MAX_STORED_SENTENCES`: the lead that grouping compares. */
  readonly sentences: readonly Sentence[];
  /** The article's most informative sentences, best first, wherever they stand in the body. */
  readonly keyPoints: readonly RankedSentence[];
  /** Photo captions found in this article: other reports of the story may carry them as body text. */
  readonly captions: readonly string[];
}

/** A file the engine could not turn into an article, with a reason a person understands. */
export interface Rejection {
  readonly key: string;
  readonly reason: string;
}
