import { createHash } from 'node:crypto';
import { DEFAULT_MAX_BYTES, ingestFile, type SourceFile } from '../lambdas/core/index.js';

/** The committed hashes of what ingest makes of each ECB+ file: speed-ups must not change a byte. */
export const STORED_HASHES_PATH = 'bench/ingest-output-hashes.json';

/** SHA-256 (hex) of the JSON of each file's ingest result (article or rejection), by file key. */
export function outputHashes(files: readonly SourceFile[]): Record<string, string> {
  const options = { maxBytes: DEFAULT_MAX_BYTES };
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const json = JSON.stringify(ingestFile(file, options));
    hashes[file.key] = createHash('sha256').update(json).digest('hex');
  }
  return hashes;
}

/** How this run's outputs compare with the stored ones. */
export interface SameOutput {
  /** Files whose output was compared: those the stored hashes know. */
  readonly compared: number;
  /** Keys (at most 20) whose output differs from the stored one. */
  readonly differing: readonly string[];
  readonly differingCount: number;
  /** Files the stored hashes do not know (another data set), so not compared. */
  readonly unknown: number;
  /** Every file compared and none differs. */
  readonly same: boolean;
}

/** Compares a run's output hashes with stored ones, key by key. */
export function compareOutputs(
  actual: Readonly<Record<string, string>>,
  stored: Readonly<Record<string, string>>,
): SameOutput {
  const differing: string[] = [];
  let compared = 0;
  let unknown = 0;
  for (const [key, hash] of Object.entries(actual)) {
    const expected = stored[key];
    if (expected === undefined) unknown++;
    else {
      compared++;
      if (expected !== hash) differing.push(key);
    }
  }
  return {
    compared,
    differing: differing.slice(0, 20),
    differingCount: differing.length,
    unknown,
    same: compared > 0 && unknown === 0 && differing.length === 0,
  };
}
