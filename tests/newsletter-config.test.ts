import { describe, expect, it } from 'vitest';
import { loadIngestConfig } from '../lambdas/config/ingest-config.js';
import { loadNewsletterConfig } from '../lambdas/config/newsletter-config.js';
import { InvalidConfigError } from '../lambdas/core/index.js';

const valid = {
  BUCKET_NAME: 'news-digest-articles',
  SENDER_EMAIL: 'digest@example.com',
  RECIPIENTS: 'a@example.com, b@example.com',
  UNSUBSCRIBE_URL: 'https://digest.example.com/unsubscribe?u={recipient}',
  UNSUBSCRIBE_MAILTO: 'unsubscribe@example.com',
  RECIPIENT_ID_KEY: 'k'.repeat(32),
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
    });
  });

  it.each([
    ['SENDER_EMAIL', { SENDER_EMAIL: 'not an email' }],
    ['RECIPIENTS', { RECIPIENTS: 'a@example.com, nobody' }],
    ['RECIPIENTS', { RECIPIENTS: '' }],
    ['SEND_RATE', { SEND_RATE: '0' }],
    ['SEND_RATE', { SEND_RATE: 'fast' }],
    ['UNSUBSCRIBE_URL', { UNSUBSCRIBE_URL: 'http://insecure.example.com/u' }],
    ['UNSUBSCRIBE_MAILTO', { UNSUBSCRIBE_MAILTO: undefined }],
    ['BUCKET_NAME', { BUCKET_NAME: undefined }],
    ['ARCHIVE_BASE_URL', { ARCHIVE_BASE_URL: undefined }],
    ['ARCHIVE_BASE_URL', { ARCHIVE_BASE_URL: 'ftp://example.com/editions' }],
    ['WEB_BUCKET_NAME', { WEB_BUCKET_NAME: undefined }],
    ['EDITION_TIME_ZONE', { EDITION_TIME_ZONE: 'Europe/Atlantis' }],
    ['MAX_EDITION_ARTICLES', { MAX_EDITION_ARTICLES: '-5' }],
    ['RECIPIENT_ID_KEY', { RECIPIENT_ID_KEY: undefined }],
    ['RECIPIENT_ID_KEY', { RECIPIENT_ID_KEY: 'k'.repeat(31) }],
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
