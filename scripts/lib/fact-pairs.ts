import { readFile } from 'node:fs/promises';

/** How two sentences relate: the label an annotator gave a pair after reading it. */
export type FactLabel = 'same' | 'a-carries-b' | 'b-carries-a' | 'different';

export const FACT_LABELS: readonly FactLabel[] = ['same', 'a-carries-b', 'b-carries-a', 'different'];

/** One sentence of a pair and the article it was taken from. */
export interface PairSide {
  readonly article: string;
  readonly text: string;
}

/** One line of `scripts/data/fact-pairs/pairs.jsonl`. */
export interface FactPair {
  readonly id: string;
  readonly event: string;
  readonly a: PairSide;
  readonly b: PairSide;
  readonly label: FactLabel;
  readonly kind: string;
  readonly note?: string;
}

export const DEFAULT_PAIRS_PATH = 'scripts/data/fact-pairs/pairs.jsonl';

function isSide(value: unknown): value is PairSide {
  const side = value as Record<string, unknown> | null;
  return (
    typeof side === 'object' &&
    side !== null &&
    typeof side.article === 'string' &&
    typeof side.text === 'string'
  );
}

/** Parses the pair file; a malformed line fails with its number, since a silently dropped pair skews the figures. */
export function parseFactPairs(content: string, source = 'pairs'): FactPair[] {
  const out: FactPair[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const pair = JSON.parse(line) as Record<string, unknown>;
    const label = pair.label as FactLabel;
    if (
      typeof pair.id !== 'string' ||
      typeof pair.event !== 'string' ||
      typeof pair.kind !== 'string' ||
      !isSide(pair.a) ||
      !isSide(pair.b) ||
      !FACT_LABELS.includes(label)
    )
      throw new Error(`${source}:${i + 1}: needs id, event, kind, a/b {article, text} and a known label`);
    out.push(pair as unknown as FactPair);
  });
  return out;
}

export async function readFactPairs(path: string): Promise<FactPair[]> {
  return parseFactPairs(await readFile(path, 'utf8'), path);
}
