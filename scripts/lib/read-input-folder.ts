import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../../lambdas/core/index.js';
import { checkSize, type IngestResult, toRejection } from '../../lambdas/core/index.js';

/** Lists the files under a folder, sub-folders included, as keys relative to it ("/"-separated); hidden files are skipped. */
export async function listInputFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((key) => !key.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * Reads one input file for the engine. Its size is checked before it is read, so an oversized
 * file is rejected without being loaded.
 */
export async function readInputFile(
  folder: string,
  key: string,
  maxBytes: number,
): Promise<SourceFile | IngestResult> {
  const path = join(folder, ...key.split('/'));
  try {
    checkSize((await stat(path)).size, maxBytes);
    return { key, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { ok: false, rejection: toRejection(key, error) };
  }
}
