import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, INGEST_BATCH, PREFIX } from '../lambdas/config/env-names.js';
import { bundleBeside, DigestFunction } from './digest-function.js';
import {
  acknowledgeNotificationsHandler,
  acknowledgePrefixGrants,
  deleteObjects,
  GRANT_ACTIONS_USED,
} from './nag-acknowledgements.js';
import { adapterSource, handlerEntry } from './project-paths.js';

/** Settings of the ingest pipeline. */
export interface IngestPipelineProps {
  readonly bucket: Bucket;
  /** Largest article file accepted, in bytes. */
  readonly maxBytes: number;
}

/** The extraction thread's bundle beside the ingest handler (`extract-worker.mjs`), as `bundleBeside` names it. */
const EXTRACT_WORKER = 'extract-worker';

// A full batch of files that each run to the per-file deadline still ends in time, so no innocent
// file is handed back for want of time (see EXTRACT_DEADLINE_MS).
const FUNCTION_TIMEOUT = Duration.minutes(5);

/**
 * From the inbox to the records: files created under `inbox/` are announced on a queue, and the
 * ingest function reads each on its own into its record under `records/`. Messages that fail five times wait in a
 * dead-letter queue, and an alarm goes off as soon as one does.
 */
export class IngestPipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly deadLetterAlarm: Alarm;
  readonly ingestFunction: DigestFunction;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    const { bucket } = props;

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for SQS event sources: at least six times the function timeout, so a batch is
      // not handed out again while Lambda is still retrying it after a throttle.
      visibilityTimeout: Duration.seconds(FUNCTION_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });
    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription:
        'Article files failed ingestion five times; their S3 events wait in the dead-letter queue.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), {
      prefix: PREFIX.inbox,
    });
    acknowledgeNotificationsHandler(Stack.of(this));

    this.ingestFunction = new DigestFunction(this, 'Ingest', {
      entry: handlerEntry('ingest-handler.ts'),
      description: 'Reads each article file dropped in the inbox into its own record',
      // The extraction thread may use up to EXTRACT_MEMORY_MB of heap beside the handler's own.
      memorySize: 1024,
      timeout: FUNCTION_TIMEOUT,
      environment: {
        [ENV.bucketName]: bucket.bucketName,
        [ENV.maxBytes]: String(props.maxBytes),
      },
      // Files are read in a worker thread whose time and heap are bounded: its own bundle, with
      // the HTML and Markdown readers in chunks it loads when such a file arrives.
      afterBundling: (inputDir, outputDir) => [
        bundleBeside(inputDir, outputDir, adapterSource('extract-worker.ts'), EXTRACT_WORKER),
      ],
    });
    const fn = this.ingestFunction.function;
    fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: INGEST_BATCH.size,
        maxBatchingWindow: Duration.seconds(INGEST_BATCH.windowSeconds),
        reportBatchItemFailures: true,
        // Each file writes only its own record, so batches scale out; this bounds the bucket's load.
        maxConcurrency: INGEST_BATCH.concurrency,
      }),
    );
    bucket.grantRead(fn, `${PREFIX.inbox}*`);
    // Plain deletes only (no DeleteObjectVersion): the bucket's versions stay a way back.
    fn.addToRolePolicy(deleteObjects(bucket, PREFIX.inbox));
    bucket.grantRead(fn, `${PREFIX.records}*`);
    bucket.grantPut(fn, `${PREFIX.records}*`);
    // A record written for a version that a newer upload replaced meanwhile is taken back.
    fn.addToRolePolicy(deleteObjects(bucket, PREFIX.records));
    bucket.grantRead(fn, `${PREFIX.published}*`);
    bucket.grantPut(fn, `${PREFIX.processed}*`);
    bucket.grantPut(fn, `${PREFIX.rejected}*`);
    acknowledgePrefixGrants(
      this.ingestFunction.role,
      bucket,
      [PREFIX.inbox, PREFIX.records, PREFIX.published, PREFIX.processed, PREFIX.rejected],
      GRANT_ACTIONS_USED,
    );
  }
}
