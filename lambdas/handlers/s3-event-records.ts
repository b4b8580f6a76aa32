import type { S3EventRecord, SQSRecord } from 'aws-lambda';

/** Thrown when a queue message is not an S3 notification; the message is retried, then dead-lettered. */
export class UnreadableMessageError extends Error {
  override readonly name = 'UnreadableMessageError';
}

/** Decodes a key as S3 notifications write it: URL-encoded, with spaces as `+`. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/gu, ' '));
}

/**
 * The keys of the objects an SQS message reports as created. S3's test notification (sent when
 * the notification is set up) reports none.
 */
export function createdKeys(record: SQSRecord): string[] {
  let body: { Event?: string; Records?: S3EventRecord[] };
  try {
    body = JSON.parse(record.body) as typeof body;
  } catch (cause) {
    throw new UnreadableMessageError(`message ${record.messageId} is not JSON`, { cause });
  }
  if (body.Event === 's3:TestEvent') return [];
  if (!Array.isArray(body.Records))
    throw new UnreadableMessageError(`message ${record.messageId} holds no S3 records`);
  return body.Records.filter((r) => r.eventName?.startsWith('ObjectCreated')).map((r) =>
    decodeS3Key(r.s3.object.key),
  );
}
