import { describe, expect, it } from 'vitest';
import { loadIngestConfig } from '../lambdas/config/ingest-config.js';
import { loadNewsletterConfig } from '../lambdas/config/newsletter-config.js';
import { InvalidConfigError } from '../lambdas/core/index.js';

const valid = {
  BUCKET_NAME: 'news-digest-articles',
  SENDER_EMAIL: 'digest@example.com',
  RECIPIENTS: 'a@example.com, b@example.com',
  UNSUBSCRIBE_URL: 'https://abc.lambda-url.eu-west-1.on.aws/',
  UNSUBSCRIBE_MAILTO: 'unsubscribe@example.com',
  RECIPIENT_ID_KEY: 'k'.repeat(32),
  POSTAL_ADDRESS: 'News Digest, 1 Example Street, Springfield',
  ARCHIVE_BASE_URL: 'https://d1234abcd.cloudfront.net',
  WEB_BUCKET_NAME: 'news-digest-web',
};

describe('newsletter configuration', () => {
  it('reads valid settings, with defaults for the optional ones', () => {
    const config = loadNewsletterConfig(valid, '/var/task');

    expect(config).toMatchObject({
      recipients: ['a@example.com', 'b@example.com'],
      sendRate: 1,
      subscribersKey: null,
      archiveBaseUrl: 'https://d1234abcd.cloudfront.net',
      webBucketName: 'news-digest-web',
      templatesDir: '/var/task/templates',
      editionTimeZone: 'UTC',
      maxEditionArticles: 25_000,
      listId: 'news-digest',
      unsubscribeMailto: 'unsubscribe@example.com',
      keySource: { key: 'k'.repeat(32) },
      postalAddress: 'News Digest, 1 Example Street, Springfield',
    });
  });

  it('takes the secret key by ARN on AWS, and an http endpoint only on loopback', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:key-AbCdEf';

    const config = loadNewsletterConfig(
      {
        ...valid,
        RECIPIENT_ID_KEY: undefined,
        RECIPIENT_ID_KEY_SECRET_ARN: arn,
        UNSUBSCRIBE_URL: 'http://127.0.0.1:8007/',
        UNSUBSCRIBE_MAILTO: undefined,
      },
      '/var/task',
    );

    expect(config.keySource).toEqual({ secretArn: arn });
    expect(config.unsubscribeUrl).toBe('http://127.0.0.1:8007/');
    expect(config.unsubscribeMailto).toBeUndefined();
  });

  it.each([
    ['SENDER_EMAIL', { SENDER_EMAIL: 'not an email' }],
    ['RECIPIENTS', { RECIPIENTS: 'a@example.com, nobody' }],
    ['RECIPIENTS', { RECIPIENTS: '' }],
    ['SEND_RATE', { SEND_RATE: '0' }],
    ['SEND_RATE', { SEND_RATE: 'fast' }],
    ['UNSUBSCRIBE_URL', { UNSUBSCRIBE_URL: 'http://insecure.example.com/u' }],
    ['UNSUBSCRIBE_URL', { UNSUBSCRIBE_URL: 'http://192.0.2.1/u' }],
    ['UNSUBSCRIBE_MAILTO', { UNSUBSCRIBE_MAILTO: 'mailto:unsubscribe' }],
    ['LIST_ID', { LIST_ID: 'News Digest' }],
    ['BUCKET_NAME', { BUCKET_NAME: undefined }],
    ['ARCHIVE_BASE_URL', { ARCHIVE_BASE_URL: undefined }],
    ['ARCHIVE_BASE_URL', { ARCHIVE_BASE_URL: 'ftp://example.com/editions' }],
    ['WEB_BUCKET_NAME', { WEB_BUCKET_NAME: undefined }],
    ['EDITION_TIME_ZONE', { EDITION_TIME_ZONE: 'Europe/Atlantis' }],
    ['MAX_EDITION_ARTICLES', { MAX_EDITION_ARTICLES: '-5' }],
    ['RECIPIENT_ID_KEY_SECRET_ARN', { RECIPIENT_ID_KEY: undefined }],
    [
      'RECIPIENT_ID_KEY_SECRET_ARN',
      { RECIPIENT_ID_KEY: undefined, RECIPIENT_ID_KEY_SECRET_ARN: 'my-secret' },
    ],
    [
      'RECIPIENT_ID_KEY',
      { RECIPIENT_ID_KEY_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:key-AbCdEf' },
    ],
    ['RECIPIENT_ID_KEY', { RECIPIENT_ID_KEY: 'k'.repeat(31) }],
    ['POSTAL_ADDRESS', { POSTAL_ADDRESS: undefined }],
    ['POSTAL_ADDRESS', { POSTAL_ADDRESS: '1 Example Street\nSpringfield' }],
    ['POSTAL_ADDRESS', { POSTAL_ADDRESS: '1 Example Street \u202eSpringfield' }],
    ['POSTAL_ADDRESS', { POSTAL_ADDRESS: 'x'.repeat(201) }],
  ])('names %s when it is wrong', (setting, override) => {
    const act = () => loadNewsletterConfig({ ...valid, ...override }, '/var/task');

    expect(act).toThrow(InvalidConfigError);
    expect(act).toThrow(new RegExp(`^${setting}: `, 'u'));
  });
});

describe('ingest configuration', () => {
  it('defaults the size limit to 5 MB and names a bad one', () => {
    expect(loadIngestConfig({ BUCKET_NAME: 'b-1' })).toEqual({
      bucketName: 'b-1',
      maxBytes: 5 * 1024 * 1024,
    });
    expect(() => loadIngestConfig({ BUCKET_NAME: 'b-1', MAX_BYTES: '-3' })).toThrow(
      /^MAX_BYTES: expected a positive number/u,
    );
  });
});
