import { createHash } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTemplates } from '../../lambdas/adapters/template-files.js';
import { WorkerExtractor } from '../../lambdas/adapters/worker-extractor.js';
import {
  type ArticleRecord,
  buildEdition,
  type Digest,
  type NewsletterLinks,
  type RenderedNewsletter,
  renderNewsletter,
  toRecord,
  webPageUrl,
} from '../../lambdas/core/index.js';
import { listInputFiles, readInputFile } from './read-input-folder.js';

/** The project's newsletter templates. */
export const TEMPLATES_DIR = join(import.meta.dirname, '..', '..', 'templates');

/** Settings of one local digest run. */
export interface DigestRun {
  readonly inputDir: string;
  readonly outDir: string;
  readonly edition: string;
  readonly maxBytes: number;
}

/** Local stand-ins for the links a deployment configures. */
export function placeholderLinks(edition: string): NewsletterLinks {
  return {
    unsubscribeUrl: 'https://example.invalid/unsubscribe',
    archiveUrl: webPageUrl('https://example.invalid', edition),
    postalAddress:
      'News Digest, 1 Example Street, Springfield (a placeholder: deployments set postalAddress)',
  };
}

/** Thrown when the input folder does not exist. */
export class InputFolderError extends Error {
  override readonly name = 'InputFolderError';
}

/**
 * Reads every file under the input folder as the ingest function does (each on its own, in a
 * worker thread with bounded time and memory, into a record), builds the edition from the
 * records as the newsletter function does, and writes digest.json and the newsletter.
 */
export async function runDigest(run: DigestRun): Promise<{ digest: Digest; newsletter: RenderedNewsletter }> {
  const info = await stat(run.inputDir).catch(() => null);
  if (!info?.isDirectory()) throw new InputFolderError(`input folder not found: ${run.inputDir}`);
  const records: ArticleRecord[] = [];
  const extractor = new WorkerExtractor();
  const now = new Date();
  try {
    for (const key of await listInputFiles(run.inputDir)) {
      const read = await readInputFile(run.inputDir, key, run.maxBytes);
      const result = 'bytes' in read ? await extractor.extract(read, { maxBytes: run.maxBytes }) : read;
      const hash = 'bytes' in read ? createHash('sha256').update(read.bytes).digest('hex') : `unread:${key}`;
      records.push(toRecord(result, hash, now));
    }
  } finally {
    await extractor.close();
  }
  const digest = buildEdition(run.edition, records);
  const newsletter = await renderNewsletter(
    digest,
    loadTemplates(TEMPLATES_DIR),
    placeholderLinks(run.edition),
  );
  await mkdir(run.outDir, { recursive: true });
  await writeFile(join(run.outDir, 'digest.json'), `${JSON.stringify(digest, null, 2)}\n`);
  await writeFile(join(run.outDir, 'newsletter.html'), newsletter.html);
  await writeFile(join(run.outDir, 'newsletter.txt'), newsletter.text);
  return { digest, newsletter };
}
