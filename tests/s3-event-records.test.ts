import { describe, expect, it } from 'vitest';
import { createdKeys, decodeS3Key, UnreadableMessageError } from '../lambdas/handlers/s3-event-records.js';
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

  it('reads the keys of the created objects, decoded', () => {
    const record = sqsRecord('m1', s3Notification(['inbox/a.txt', 'inbox/b+c.txt']));

    expect(createdKeys(record)).toEqual(['inbox/a.txt', 'inbox/b c.txt']);
  });

  it('refuses a message that is not a notification', () => {
    expect(() => createdKeys(sqsRecord('m1', '[1, 2'))).toThrow(UnreadableMessageError);
  });
});
