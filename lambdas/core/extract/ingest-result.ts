import { ArticleRejectedError } from '../errors.js';
import type { Article, Rejection } from '../model.js';

/** The outcome of reading one file: an article, or a rejection with its reason. */
export type IngestResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly rejection: Rejection };

/** The rejection of a file for an error met while reading it; unexpected errors are reported too, never lost. */
export function toRejection(key: string, error: unknown): Rejection {
  if (error instanceof ArticleRejectedError) return { key, reason: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { key, reason: `the file could not be processed (${detail})` };
}
