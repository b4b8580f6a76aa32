import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { ingestConfig } from '../config/ingest-config.js';
import { ingestObject } from '../core/index.js';
import { createdObjects } from './s3-event-records.js';

const config = ingestConfig();
const logger = new Logger({ serviceName: 'news-digest-ingest' });
const store = new S3ObjectStore(s3Client, config.bucketName);
const processor = new BatchProcessor(EventType.SQS);

async function processRecord(record: SQSRecord): Promise<void> {
  for (const object of createdObjects(record)) {
    const outcome = await ingestObject(store, object.key, object.edition, config, logger);
    if (outcome.status === 'skipped') logger.info('object skipped', { key: outcome.key, why: outcome.why });
  }
}

/**
 * Consumes S3 object-created notifications from SQS: each new file under `inbox/` is read,
 * turned into an article (or rejected with its reason) and merged into its edition's stories.
 * Failed messages are reported one by one, so one bad message never retries the whole batch.
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  // One record at a time: records of one batch mostly update the same edition.
  return processPartialResponse(event, processRecord, processor, { context, processInParallel: false });
}
