import type { SourceFile } from '../model.js';
import { type ExtractOptions, extractArticle } from './extract-article.js';
import { type IngestResult, toRejection } from './ingest-result.js';

export { type IngestResult, toRejection } from './ingest-result.js';

/** Reads one file into an article; any failure becomes a rejection so the other files go on. */
export function ingestFile(file: SourceFile, options: ExtractOptions): IngestResult {
  try {
    return { ok: true, article: extractArticle(file, options) };
  } catch (error) {
    return { ok: false, rejection: toRejection(file.key, error) };
  }
}
