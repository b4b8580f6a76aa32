import { readFile } from 'node:fs/promises';

/** One line of an articles JSONL file, as in the ECB+ development set. */
export interface JsonlArticle {
  readonly id: string;
  readonly story_id?: string | null;
  readonly topic_id?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly text: string;
}

/** Reads a JSONL file of articles; a malformed line fails with its line number. */
export async function readJsonl(path: string): Promise<JsonlArticle[]> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const out: JsonlArticle[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as JsonlArticle);
    } catch (cause) {
      throw new Error(`${path}:${i + 1}: not a JSON object (${(cause as Error).message})`, { cause });
    }
  });
  return out;
}
