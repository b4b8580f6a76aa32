import { readFile } from 'node:fs/promises';

/** One line of an articles JSONL file (the ECB+ development set's shape); only `id` and `text` are required. */
export interface JsonlArticle {
  readonly id: string;
  /** The gold story label, when the file has one (`npm run eval`). */
  readonly story_id?: string | null;
  readonly topic_id?: string | null;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly date?: string | null;
  readonly text: string;
  readonly [field: string]: unknown;
}

/**
 * Parses JSONL text into articles. Blank lines are skipped; a line that is not an object with a
 * string or numeric `id` and a string `text` fails with its line number, since a benchmark over
 * silently dropped lines would report the wrong throughput.
 */
export function parseArticlesJsonl(content: string, source = 'input'): JsonlArticle[] {
  const out: JsonlArticle[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new Error(`${source}:${i + 1}: not JSON (${(cause as Error).message})`, { cause });
    }
    const record = value as Record<string, unknown> | null;
    const id = record?.id;
    if (typeof record !== 'object' || Array.isArray(record) || record === null)
      throw new Error(`${source}:${i + 1}: not a JSON object`);
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof record.text !== 'string')
      throw new Error(`${source}:${i + 1}: needs an "id" and a string "text"`);
    out.push({ ...record, id: String(id), text: record.text } as JsonlArticle);
  });
  return out;
}

/** Reads a JSONL file of articles; see `parseArticlesJsonl`. */
export async function readArticlesJsonl(path: string): Promise<JsonlArticle[]> {
  return parseArticlesJsonl(await readFile(path, 'utf8'), path);
}
