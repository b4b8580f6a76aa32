import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, ingestFile, type SourceFile } from '../lambdas/core/index.js';
import { compareOutputs, type SameOutput, STORED_HASHES_PATH } from './ingest-same-output.js';

export { compareOutputs, type SameOutput, STORED_HASHES_PATH } from './ingest-same-output.js';

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

/** Hashes what ingest makes of the files and compares it with the stored hashes (read from the project root). */
export async function checkOutput(
  files: readonly SourceFile[],
  path = STORED_HASHES_PATH,
): Promise<SameOutput> {
  const stored = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  return compareOutputs(outputHashes(files), stored);
}
