import { ArticleRejectedError } from '../errors.js';

/**
 * Rejects a file by its size alone, before it is read (adapters call it with the stored size).
 * @throws ArticleRejectedError `empty` or `too-large`.
 */
export function checkSize(size: number, maxBytes: number): void {
  if (size === 0) throw new ArticleRejectedError('empty', 'the file is empty');
  if (size > maxBytes) {
    throw new ArticleRejectedError(
      'too-large',
      `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one article`,
    );
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
