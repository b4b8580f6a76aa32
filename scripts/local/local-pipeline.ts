import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { ENV, INGEST_BATCH } from '../../lambdas/config/env-names.js';
import { type LocalAws, type LocalPorts, startLocalAws } from './local-aws.js';
import { localS3Client } from './local-clients.js';
import { LOCAL_ENDPOINTS } from './local-ports.js';
import { LocalQueue } from './local-queue.js';
import { type LocalEndpoint, startUnsubscribeServer } from './unsubscribe-server.js';
import { startWebCopyServer, type WebCopyServer } from './web-copy-server.js';

/** The project's templates, for the newsletter handler run locally. */
const TEMPLATES_DIR = join(import.meta.dirname, '..', '..', 'templates');

/** Settings the handlers get locally, in place of the stack's. */
export const LOCAL_SETTINGS = {
  BUCKET_NAME: 'news-digest-local',
  WEB_BUCKET_NAME: 'news-digest-web-local',
  SENDER_EMAIL: 'digest@example.com',
  RECIPIENTS: 'reader@example.com,editor@example.com',
  SEND_RATE: '50',
  // The local unsubscribe endpoint, where `npm run local` serves it.
  UNSUBSCRIBE_URL: LOCAL_ENDPOINTS.unsubscribe,
  RECIPIENT_ID_KEY: 'local-recipient-id-key-not-a-secret-0123456789',
  POSTAL_ADDRESS: 'News Digest (local), 1 Example Street, Springfield',
  TEMPLATES_DIR,
  POWERTOOLS_LOG_LEVEL: 'WARN',
  // Metrics are CloudWatch's business: locally their lines would only crowd the output.
  POWERTOOLS_METRICS_DISABLED: 'true',
} as const;

/** S3 writes keys in notifications URL-encoded, spaces as `+`; s3rver does not, so it is done here. */
export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/gu, '+'))
    .join('/');
}

interface S3rverEvent {
  readonly Records: { eventName: string; eventTime: string; s3: { object: { key: string } } }[];
}

/** A running local pipeline: the emulators, the queue, and the real handlers. */
export interface LocalPipeline {
  readonly aws: LocalAws;
  readonly queue: LocalQueue;
  /** Serves the web copies, where the emails' "view in browser" links lead. */
  readonly web: WebCopyServer;
  /** The inbox keys the queue has been told about. */
  readonly notified: string[];
  /** The unsubscribe endpoint the emails link to, served by the real unsubscribe handler. */
  readonly unsubscribe: LocalEndpoint;
  stop(): Promise<void>;
}

/**
 * Starts the local AWS and wires it as on AWS: every object created under `inbox/` becomes an
 * SQS-shaped message for the real ingest handler. Environment variables are set for the
 * handlers (imported after, so their clients see the local endpoints).
 */
export async function startLocalPipeline(
  ports?: LocalPorts,
  settings: Record<string, string> = {},
  onError: (error: unknown) => void = (error) => console.error(error),
): Promise<LocalPipeline> {
  const aws = await startLocalAws(LOCAL_SETTINGS.BUCKET_NAME, ports, [LOCAL_SETTINGS.WEB_BUCKET_NAME]);
  const web = await startWebCopyServer(
    localS3Client(aws.s3Endpoint),
    LOCAL_SETTINGS.WEB_BUCKET_NAME,
    ports?.web,
  );
  Object.assign(process.env, aws.env, LOCAL_SETTINGS, { [ENV.archiveBaseUrl]: web.url }, settings);
  const unsubscribe = await startUnsubscribeServer(ports?.unsubscribe, onError);
  process.env.UNSUBSCRIBE_URL = unsubscribe.url;
  const { handler } = await import('../../lambdas/handlers/ingest-handler.js');
  // Batches as on AWS, gathered over a tenth of the time so local runs stay quick.
  const queue = new LocalQueue(
    handler,
    {
      batchSize: INGEST_BATCH.size,
      concurrency: INGEST_BATCH.concurrency,
      maxReceiveCount: 5,
      batchWindowMs: INGEST_BATCH.windowSeconds * 100,
    },
    onError,
  );
  const notified: string[] = [];
  // s3rver is a Koa app, an EventEmitter its type declarations leave out.
  (aws.s3rver as unknown as EventEmitter).on('event', (event: S3rverEvent) => {
    for (const record of event.Records) {
      const key = record.s3.object.key;
      if (!record.eventName.startsWith('ObjectCreated') || !key.startsWith('inbox/')) continue;
      notified.push(key);
      const body = JSON.stringify({
        Records: [
          { ...record, s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3Key(key) } } },
        ],
      });
      queue.send(sqsRecord(body));
    }
  });
  return {
    aws,
    queue,
    web,
    notified,
    unsubscribe,
    async stop() {
      await queue.idle();
      await unsubscribe.stop();
      await web.stop();
      await aws.stop();
    },
  };
}

function sqsRecord(body: string): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: now,
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:news-digest-local',
    awsRegion: 'us-east-1',
  };
}
