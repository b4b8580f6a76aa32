import type { SourceFile } from '../lambdas/core/index.js';
import type { JsonlArticle } from '../scripts/lib/read-jsonl.js';

export { type JsonlArticle, parseArticlesJsonl, readArticlesJsonl } from '../scripts/lib/read-jsonl.js';

const encoder = new TextEncoder();

/** A JSONL article as the engine receives it: the line's JSON as a `.json` file, as `npm run eval` feeds it. */
export function sourceFileOf(article: JsonlArticle): SourceFile {
  return { key: `${article.id}.json`, bytes: encoder.encode(JSON.stringify(article)) };
}

/** UTF-8 bytes of an article's title and text: the "MB of text" that throughput is counted in. */
export const textBytes = (article: JsonlArticle): number =>
  encoder.encode(article.title ?? '').length + encoder.encode(article.text).length;
