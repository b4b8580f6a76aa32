import { PreconditionFailedError } from '../errors.js';
import type { IngestResult } from '../extract/ingest-result.js';
import type { ObjectStore } from '../ports.js';

const PROCESSED = 'processed/';
const REJECTED = 'rejected/';

/**
 * Moves an original out of the inbox once its record is stored: to `processed/`, or to
 * `rejected/` with a `.reason.txt` beside it. Only the version that was read moves (conditional
 * copy and delete); returns false when a newer upload replaced it meanwhile, which stays in the
 * inbox for its own notification.
 */
export async function moveOriginal(
  store: ObjectStore,
  key: string,
  relative: string,
  etag: string,
  result: IngestResult,
): Promise<boolean> {
  const version = { ifMatch: etag };
  try {
    if (result.ok) {
      await store.copy(key, `${PROCESSED}${relative}`, version);
    } else {
      await store.copy(key, `${REJECTED}${relative}`, version);
      const reasonKey = `${REJECTED}${relative}.reason.txt`;
      // S3 keys stop at 1,024 bytes: a name with no room for the suffix keeps its reason in its record only.
      if (Buffer.byteLength(reasonKey) <= 1024)
        await store.put(reasonKey, `${result.rejection.reason}\n`, {
          contentType: 'text/plain; charset=utf-8',
        });
    }
    await store.delete(key, version);
    return true;
  } catch (error) {
    if (error instanceof PreconditionFailedError) return false;
    throw error;
  }
}
