import type { S3ErrorAnswer } from './s3-errors.js';

/** S3's own limit on a key, in UTF-8 bytes. */
const S3_KEY_BYTES = 1024;

/** The longest file name Linux and macOS file systems take, in bytes. */
const FILE_NAME_BYTES = 255;

/**
 * s3rver keeps key `a/b/c` as folders `a/b` and files named `c` plus a suffix, the longest being
 * `._S3rver_metadata.json`; a longer name fails with ENAMETOOLONG, and an uncaught write-stream
 * error there ends the process.
 */
const LONGEST_SUFFIX = '._S3rver_metadata.json'.length;

/** The longest last segment of a key the local disk can hold, in bytes. */
export const LOCAL_NAME_BYTES = FILE_NAME_BYTES - LONGEST_SUFFIX;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Why the local store cannot hold `key` (an answer S3 would not give, except past 1024 bytes), or
 * null when it can. S3 keys are flat strings; s3rver maps them onto folders and files, so besides
 * long names, `.` and `..` segments and empty segments are joined away by the path, and two keys
 * would share one file (or a key would reach outside the bucket's folder).
 */
export function unholdableKey(key: string): S3ErrorAnswer | null {
  if (bytes(key) > S3_KEY_BYTES)
    return { status: 400, code: 'KeyTooLongError', message: 'Your key is too long' };
  const segments = key.split('/');
  const last = segments.length - 1;
  for (const [i, segment] of segments.entries()) {
    const limit = i === last ? LOCAL_NAME_BYTES : FILE_NAME_BYTES;
    if (bytes(segment) > limit)
      return {
        status: 400,
        code: 'KeyTooLongError',
        message:
          `The local S3 cannot store this key: it keeps each key segment as a file name, and this one ` +
          `has ${bytes(segment)} bytes, over the ${limit} the local disk allows` +
          `${i === last ? ' for the last segment' : ''}. S3 itself would accept it (keys up to ${S3_KEY_BYTES} bytes).`,
      };
    if (segment === '.' || segment === '..' || (segment === '' && i !== last))
      return {
        status: 400,
        code: 'InvalidArgument',
        message:
          `The local S3 cannot store this key: its segment "${segment}" would be lost in the file path ` +
          `the local store keeps it at. S3 itself would accept it.`,
      };
  }
  return null;
}
