import { readFileSync } from 'node:fs';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { fixturePath } from '../helpers.js';

const notification = JSON.parse(readFileSync(fixturePath('events', 's3-object-created.json'), 'utf8'));

/** An S3 notification body for keys as S3 writes them (URL-encoded), uploaded at `eventTime`. */
export function s3Notification(encodedKeys: string[], eventTime = '2024-05-16T09:40:12.345Z'): string {
  const [template] = notification.Records;
  const records = encodedKeys.map((key) => ({
    ...template,
    eventTime,
    s3: { ...template.s3, object: { ...template.s3.object, key } },
  }));
  return JSON.stringify({ Records: records });
}

/** An SQS record carrying a message body. */
export function sqsRecord(messageId: string, body: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1715852412345',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1715852412350',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:news-digest-inbox',
    awsRegion: 'eu-west-1',
  };
}

/** An SQS batch of records. */
export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** A Lambda context for handler calls. */
export const lambdaContext = {
  functionName: 'news-digest-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:news-digest-test',
  memoryLimitInMB: '1024',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/news-digest-test',
  logStreamName: '2024/05/16/[$LATEST]abcdef',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;
