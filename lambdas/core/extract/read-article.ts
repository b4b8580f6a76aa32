import { cleanDocument } from '../clean/clean-document.js';
import { ArticleRejectedError } from '../errors.js';
import {
  MAX_CAPTION_CHARS,
  MAX_CAPTIONS,
  MAX_OUTLET_CHARS,
  MAX_SENTENCE_CHARS,
  MAX_STORED_SENTENCES,
  MAX_TERM_CHARS,
  MAX_TITLE_CHARS,
} from '../limits.js';
import type { Article, SourceFile } from '../model.js';
import type { DocumentReaders } from '../parse/document-readers.js';
import { detectFormat, parseDocument } from '../parse/parse-document.js';
import { decodeText } from '../text/decode-text.js';
import type { TermWeights } from '../text/sparse-vector.js';
import { BACKGROUND_WEIGHTS } from '../text/term-statistics.js';
import { articleLanguage, inLanguage } from './article-language.js';
import { articleSentences } from './article-sentences.js';
import { boundDocument, clipField } from './bound-document.js';
import { checkSize } from './check-size.js';
import { rankKeyPoints } from './rank-key-points.js';

/** Settings of article extraction. */
export interface ExtractOptions {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  /** How informative each term is; the background news frequencies unless given. */
  readonly weights?: TermWeights;
}

/**
 * Turns one file into an article: decode, parse, clean, split into sentences, rank key points.
 * Each step works on bounded input (see `limits.ts`), so any file under the size limit costs
 * bounded time, and the article holds at most its lead sentences, key points and captions, each
 * capped: under `MAX_ARTICLE_JSON_BYTES` as JSON besides its key. HTML and Markdown are parsed
 * by `readers` (`extractArticle` gives them all).
 * @throws ArticleRejectedError with a reason a person understands when the file is not an article.
 * @throws ReaderNotLoadedError when the file needs a reader `readers` lacks.
 */
export function readArticle(file: SourceFile, options: ExtractOptions, readers: DocumentReaders): Article {
  checkSize(file.bytes.byteLength, options.maxBytes);
  const text = decodeText(file.bytes);
  if (text.trim() === '') throw new ArticleRejectedError('empty', 'the file holds only whitespace');
  const doc = cleanDocument(boundDocument(parseDocument(detectFormat(file.key, text), text, readers)));
  const language = articleLanguage(doc.title, doc.paragraphs);
  const { sentences, overlong } = articleSentences(doc.paragraphs, language);
  const where = inLanguage(language);
  if (sentences.length === 0 && overlong > 0) {
    throw new ArticleRejectedError(
      'no-sentences',
      `no article text was found${where}: the text runs on for over ${MAX_SENTENCE_CHARS} characters without ending a sentence, too long to read as one`,
    );
  }
  if (sentences.length === 0) {
    throw new ArticleRejectedError(
      doc.paragraphs.length === 0 && doc.removed.length === 0 ? 'no-text' : 'no-sentences',
      `no article text was found${where}: the file has no sentence of prose once headings and page clutter are set aside`,
    );
  }
  const keyPoints = rankKeyPoints(sentences, options.weights ?? BACKGROUND_WEIGHTS, undefined, language);
  if (keyPoints.length === 0) {
    throw new ArticleRejectedError(
      'no-sentences',
      `the text${where} has no complete sentence that could be a key point`,
    );
  }
  return {
    key: file.key,
    title: clipField(headlineOf(doc.title) ?? keyPoints[0]?.text ?? file.key, MAX_TITLE_CHARS),
    outlet: doc.outlet === null ? null : clipField(doc.outlet, MAX_OUTLET_CHARS),
    url: doc.url,
    publishedAt: doc.publishedAt,
    dateSource: doc.dateSource,
    language,
    // Grouping compares the lead; merging reads the key points, stored on their own.
    sentences: sentences.slice(0, MAX_STORED_SENTENCES),
    keyPoints,
    captions: doc.removed
      .filter((r) => r.kind === 'caption' && r.text.length <= MAX_CAPTION_CHARS)
      .slice(0, MAX_CAPTIONS)
      .map((r) => r.text),
  };
}

/**
 * The title as a headline, or null when it cannot be one: a "word" longer than any word is
 * (a run of letters with no space) is filler or an attack, and the lead sentence stands in for it.
 */
function headlineOf(title: string | null): string | null {
  if (title === null) return null;
  return title.split(/\s+/u).some((word) => word.length > MAX_TERM_CHARS) ? null : title;
}
