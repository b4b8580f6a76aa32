import { type Article, DEFAULT_MAX_BYTES, ingestFile } from '../lambdas/core/index.js';
import { type JsonlArticle, sourceFileOf } from './jsonl-articles.js';
import { varyArticle } from './vary-article.js';

/**
 * `size` ingested articles for the scale benchmark: every article the engine accepts, then
 * reworded copies of them (`varyArticle`) in rounds until there are enough. A copy the engine
 * rejects is skipped, so the count is exact. Articles that fail as originals are left out of the
 * copies too: they would fail again.
 */
export function scaleCorpus(lines: readonly JsonlArticle[], size: number): Article[] {
  const options = { maxBytes: DEFAULT_MAX_BYTES };
  const out: Article[] = [];
  const accepted: JsonlArticle[] = [];
  for (const line of lines) {
    if (out.length >= size) return out;
    const result = ingestFile(sourceFileOf(line), options);
    if (!result.ok) continue;
    accepted.push(line);
    out.push(result.article);
  }
  if (accepted.length === 0) throw new Error('no article of the input is accepted by the engine');
  for (let copy = 1; out.length < size; copy++) {
    for (const line of accepted) {
      if (out.length >= size) break;
      const result = ingestFile(sourceFileOf(varyArticle(line, copy)), options);
      if (result.ok) out.push(result.article);
    }
  }
  return out;
}
