import type { Article, SourceFile } from '../model.js';
import { ALL_READERS } from '../parse/all-readers.js';
import { type ExtractOptions, readArticle } from './read-article.js';

export { DEFAULT_MAX_BYTES } from '../limits.js';
export { checkSize } from './check-size.js';
export type { ExtractOptions } from './read-article.js';

/**
 * Turns one file into an article (`readArticle`), with every reader at hand: for callers that
 * read any file at any time. The extraction thread loads the large readers on demand instead
 * (`ingestFileLazily`).
 * @throws ArticleRejectedError with a reason a person understands when the file is not an article.
 */
export function extractArticle(file: SourceFile, options: ExtractOptions): Article {
  return readArticle(file, options, ALL_READERS);
}
