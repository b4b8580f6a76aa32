import { createHash } from 'node:crypto';
import { CorruptRecordError } from '../errors.js';
import type { IngestResult } from '../extract/ingest-result.js';
import { GROUPING } from '../group/grouping-config.js';
import type { Article } from '../model.js';

/** Where records wait for the next edition: one object per inbox file. */
export const RECORDS = 'records/';
/**
 * Where an edition leaves a mark of each record it took: a redelivered file whose record was
 * already published with the same text is not recorded again (kept a week, by a lifecycle rule).
 */
export const PUBLISHED = 'published/';

/** The mark an edition leaves for a record it took. */
export const publishedKey = (storedKey: string): string => `${PUBLISHED}${storedKey.slice(RECORDS.length)}`;

/** What ingestion keeps of one file: what grouping, merging and rendering need, never the whole body. */
export type ArticleRecord = RecordHeader &
  (
    | { readonly status: 'article'; readonly article: Article }
    | { readonly status: 'rejected'; readonly reason: string }
  );

interface RecordHeader {
  readonly version: 1;
  /** The file's path under `inbox/`. */
  readonly key: string;
  /** When it was ingested (ISO 8601): an edition covers what was ingested before it was built. */
  readonly ingestedAt: string;
  /** SHA-256 of the file's bytes: two files with the same text are told apart as copies. */
  readonly contentHash: string;
}

// S3 keys are at most 1,024 bytes: a record of a file whose path leaves no room is keyed by its hash.
const MAX_KEY_BYTES = 1024;
const SUFFIX = '.json';

/** The key of a file's record: its inbox path under `records/`. */
export function recordKey(relative: string): string {
  const key = `${RECORDS}${relative}${SUFFIX}`;
  if (Buffer.byteLength(key) <= MAX_KEY_BYTES) return key;
  return `${RECORDS}#long-names/${createHash('sha256').update(relative).digest('hex')}${SUFFIX}`;
}

// Grouping reads the title and lead, merging the ranked sentences: the rest of the body is not kept.
function compact(article: Article): Article {
  return { ...article, sentences: article.sentences.slice(0, GROUPING.leadSentences) };
}

/** The record of one file's extraction. */
export function toRecord(result: IngestResult, contentHash: string, ingestedAt: Date): ArticleRecord {
  const header = { version: 1 as const, ingestedAt: ingestedAt.toISOString(), contentHash };
  return result.ok
    ? { ...header, key: result.article.key, status: 'article', article: compact(result.article) }
    : { ...header, key: result.rejection.key, status: 'rejected', reason: result.rejection.reason };
}

const decoder = new TextDecoder();

/**
 * Reads a stored record back.
 * @throws CorruptRecordError when the object is not a record this version wrote.
 */
export function parseRecord(storedKey: string, body: Uint8Array): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(body));
  } catch (cause) {
    throw new CorruptRecordError(`${storedKey} is not JSON`, { cause });
  }
  const r = value as Partial<Record<string, unknown>> | null;
  const shaped =
    r !== null &&
    typeof r === 'object' &&
    r.version === 1 &&
    typeof r.key === 'string' &&
    typeof r.ingestedAt === 'string' &&
    !Number.isNaN(Date.parse(r.ingestedAt)) &&
    typeof r.contentHash === 'string' &&
    ((r.status === 'article' && typeof r.article === 'object' && r.article !== null) ||
      (r.status === 'rejected' && typeof r.reason === 'string'));
  if (!shaped) throw new CorruptRecordError(`${storedKey} is not an article record`);
  const record = value as ArticleRecord;
  // Records written before articles carried their language are English: the digest read no other.
  if (record.status === 'article' && typeof record.article.language !== 'string')
    return { ...record, article: { ...record.article, language: 'en' } };
  return record;
}
