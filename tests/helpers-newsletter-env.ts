import { join } from 'node:path';

/** Readers the newsletter tests mail. */
export const TEST_READERS = ['ana@example.com', 'ben@example.org', 'chloe@example.net'] as const;

/**
 * The environment the stack gives the newsletter function, with test values: one place, so a new
 * setting is added to every newsletter test at once.
 */
export const NEWSLETTER_TEST_ENV: Readonly<Record<string, string>> = {
  BUCKET_NAME: 'news-digest-articles',
  SENDER_EMAIL: 'digest@example.com',
  RECIPIENTS: TEST_READERS.join(','),
  SEND_RATE: '1000',
  UNSUBSCRIBE_URL: 'https://digest.example.com/unsubscribe',
  UNSUBSCRIBE_MAILTO: 'unsubscribe@example.com',
  RECIPIENT_ID_KEY: 'k'.repeat(32),
  POSTAL_ADDRESS: 'News Digest, 1 Example Street, Springfield',
  ARCHIVE_BASE_URL: 'https://digest.example.com',
  WEB_BUCKET_NAME: 'news-digest-web',
  TEMPLATES_DIR: join(import.meta.dirname, '..', 'templates'),
};
