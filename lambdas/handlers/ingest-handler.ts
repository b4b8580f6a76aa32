import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { ingestConfig } from '../config/ingest-config.js';
import { type InboxObject, ingestObjects } from '../core/pipeline/ingest-object.js';
import { createdObjects } from './s3-event-records.js';

const config = ingestConfig();
const logger = new Logger({ serviceName: 'news-digest-ingest' });
const store = new S3ObjectStore(s3Client, config.bucketName);

/**
 * Consumes S3 object-created notifications from SQS: each new file under `inbox/` is read,
 * turned into an article (or rejected with its reason), and the batch is merged into its
 * edition's stories in one update. Failed messages are reported one by one (partial batch
 * response), so one bad message never makes the whole batch retry.
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  const failed = new Set<string>();
  const objects: { messageId: string; object: InboxObject }[] = [];
  for (const record of event.Records) {
    try {
      for (const object of createdObjects(record)) objects.push({ messageId: record.messageId, object });
    } catch (error) {
      logger.error('message is not an S3 notification', {
        messageId: record.messageId,
        error: (error as Error).message,
      });
      failed.add(record.messageId);
    }
  }
  const results = await ingestObjects(
    store,
    objects.map((o) => o.object),
    config,
    logger,
  );
  results.forEach((result, i) => {
    const { messageId, object } = objects[i] ?? { messageId: '', object: { key: '' } };
    if (result instanceof Error) {
      logger.error('object not ingested; its message will be retried', {
        key: object.key,
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
