import { describe, expect, it } from 'vitest';
import { createdObjects, decodeS3Key, UnreadableMessageError } from '../lambdas/handlers/s3-event-records.js';
import { s3Notification, sqsRecord } from './fakes/sqs-events.js';

describe('S3 notifications', () => {
  it.each([
    ['inbox/plain.txt', 'inbox/plain.txt'],
    ['inbox/two+words.txt', 'inbox/two words.txt'],
    ['inbox/a%2Bb.txt', 'inbox/a+b.txt'],
    ['inbox/100%25+sure.md', 'inbox/100% sure.md'],
    ['inbox/%E5%8C%97%E4%BA%AC/caf%C3%A9.html', 'inbox/北京/café.html'],
  ])('decodes %s as %s', (encoded, decoded) => {
    expect(decodeS3Key(encoded)).toBe(decoded);
  });

  it('assigns each upload to the UTC day it arrived', () => {
    const record = sqsRecord('m1', s3Notification(['inbox/a.txt'], '2024-05-16T23:59:59.000Z'));

    expect(createdObjects(record)).toEqual([{ key: 'inbox/a.txt', edition: '2024-05-16' }]);
  });

  it('refuses a message that is not a notification', () => {
    expect(() => createdObjects(sqsRecord('m1', '[1, 2'))).toThrow(UnreadableMessageError);
  });
});
