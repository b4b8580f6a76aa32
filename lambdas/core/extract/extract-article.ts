import { cleanDocument } from '../clean/clean-document.js';
import { ArticleRejectedError } from '../errors.js';
import type { Article, Sentence, SourceFile } from '../model.js';
import { detectFormat, parseDocument } from '../parse/parse-document.js';
import { decodeText } from '../text/decode-text.js';
import type { TermWeights } from '../text/sparse-vector.js';
import { splitSentences } from '../text/split-sentences.js';
import { BACKGROUND_WEIGHTS } from '../text/term-statistics.js';
import { checkSize } from './check-size.js';
import { rankKeyPoints } from './rank-key-points.js';

export { DEFAULT_MAX_BYTES } from '../limits.js';
export { checkSize } from './check-size.js';

/** Settings of article extraction. */
export interface ExtractOptions {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  /** How informative each term is; the background news frequencies unless given. */
  readonly weights?: TermWeights;
}

/**
 * Turns one file into an article: decode, parse, clean, split into sentences, rank key points.
 * @throws ArticleRejectedError with a reason a person understands when the file is not an article.
 */
export function extractArticle(file: SourceFile, options: ExtractOptions): Article {
  checkSize(file.bytes.byteLength, options.maxBytes);
  const text = decodeText(file.bytes);
  if (text.trim() === '') throw new ArticleRejectedError('empty', 'the file holds only whitespace');
  const doc = cleanDocument(parseDocument(detectFormat(file.key, text), text));
  const sentences: Sentence[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    for (const s of splitSentences(paragraph))
      sentences.push({ text: s, index: sentences.length, paragraph: p });
  });
  if (sentences.length === 0) {
    throw new ArticleRejectedError(
      doc.paragraphs.length === 0 && doc.removed.length === 0 ? 'no-text' : 'no-sentences',
      'no article text was found: the file has no sentence of prose once headings and page clutter are set aside',
    );
  }
  const keyPoints = rankKeyPoints(sentences, options.weights ?? BACKGROUND_WEIGHTS);
  if (keyPoints.length === 0) {
    throw new ArticleRejectedError(
      'no-sentences',
      'the text has no complete sentence that could be a key point',
    );
  }
  return {
    key: file.key,
    title: doc.title ?? keyPoints[0]?.text ?? file.key,
    outlet: doc.outlet,
    url: doc.url,
    publishedAt: doc.publishedAt,
    sentences,
    keyPoints,
    captions: doc.removed.filter((r) => r.kind === 'caption').map((r) => r.text),
  };
}
