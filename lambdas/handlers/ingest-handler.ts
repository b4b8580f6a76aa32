import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { WorkerExtractor } from '../adapters/worker-extractor.js';
import { ingestConfig } from '../config/ingest-config.js';
import { ingestObjects } from '../core/ingest/ingest-objects.js';
import { EXTRACT_DEADLINE_MS } from '../core/limits.js';
import { createdKeys } from './s3-event-records.js';

const config = ingestConfig();
const logger = new Logger({ serviceName: 'news-digest-ingest' });
const store = new S3ObjectStore(s3Client, config.bucketName);
const extractor = new WorkerExtractor();

/** Time kept in hand past one file's deadline, to store its record and move it. */
const MARGIN_MS = 5_000;

/**
 * Consumes S3 object-created notifications from SQS: each new file under `inbox/` is read on its
 * own, within a bounded time and memory, into its own record (or rejected with its reason).
 * Failed messages are reported one by one (partial batch response), so one bad message never
 * makes the whole batch retry; files not started before the invocation's time runs short are
 * handed back the same way.
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  const failed = new Set<string>();
  const objects: { messageId: string; key: string }[] = [];
  for (const record of event.Records) {
    try {
      for (const key of createdKeys(record)) objects.push({ messageId: record.messageId, key });
    } catch (error) {
      logger.error('message is not an S3 notification', {
        messageId: record.messageId,
        error: (error as Error).message,
      });
      failed.add(record.messageId);
    }
  }
  const outOfTime = (): boolean => context.getRemainingTimeInMillis() < EXTRACT_DEADLINE_MS + MARGIN_MS;
  const results = await ingestObjects(
    { store, extractor, log: logger, outOfTime },
    objects.map((o) => o.key),
    config,
  );
  results.forEach((result, i) => {
    const { messageId, key } = objects[i] ?? { messageId: '', key: '' };
    if (result instanceof Error) {
      logger.error('object not ingested; its message will be retried', {
        key,
        error: result.name,
        detail: result.message,
      });
      failed.add(messageId);
    } else if (result.status === 'skipped') {
      logger.info('object skipped', { key: result.key, why: result.why });
    }
  });
  return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
}
