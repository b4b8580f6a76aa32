import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Article } from '../lambdas/core/index.js';

/** The first `size` articles of a corpus file (one JSON article a line), reading no further. */
export async function readCorpus(path: string, size: number): Promise<Article[]> {
  const articles: Article[] = [];
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (articles.length >= size) break;
    if (line.trim() !== '') articles.push(JSON.parse(line) as Article);
  }
  lines.close();
  if (articles.length < size)
    throw new Error(`${path} holds ${articles.length} articles, fewer than ${size}`);
  return articles;
}
