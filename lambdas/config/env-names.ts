/**
 * Names of the environment variables the stack sets and the handlers read: one list, shared by
 * `infra/` and `lambdas/`, so the two can never disagree.
 */
export const ENV = {
  /** The bucket holding the inbox, the records, the editions and the sent ledger. */
  bucketName: 'BUCKET_NAME',
  /** Largest article file accepted, in bytes. */
  maxBytes: 'MAX_BYTES',
  /** The verified SES identity the newsletter is sent from. */
  senderEmail: 'SENDER_EMAIL',
  /** Comma-separated recipient addresses (or use `subscribersKey`). */
  recipients: 'RECIPIENTS',
  /** Key of a subscribers file in the bucket: a JSON array of addresses, or one address per line. */
  subscribersKey: 'SUBSCRIBERS_KEY',
  /** Messages per second the sender may send. */
  sendRate: 'SEND_RATE',
  /** The SES configuration set (suppression of bounces and complaints). */
  configurationSet: 'SES_CONFIGURATION_SET',
  /** The unsubscribe endpoint; each reader's link adds the reader's id and token to it. */
  unsubscribeUrl: 'UNSUBSCRIBE_URL',
  /** Address that takes unsubscribe requests by email, if any (a person handles them). */
  unsubscribeMailto: 'UNSUBSCRIBE_MAILTO',
  /** The newsletter's name, shown on the unsubscribe page. */
  listName: 'LIST_NAME',
  /** The list's stable id, part of every unsubscribe token: changing it voids the links mailed. */
  listId: 'LIST_ID',
  /**
   * Base URL the web copies are served from (the stack sets the distribution's address), under
   * which `editions/<edition>.html` is the "view in browser" page.
   */
  archiveBaseUrl: 'ARCHIVE_BASE_URL',
  /** The bucket the web copies are published in (`lambdas/core/web/web-copy-keys.ts` has its layout). */
  webBucketName: 'WEB_BUCKET_NAME',
  /** IANA time zone whose calendar names the editions (default UTC). */
  editionTimeZone: 'EDITION_TIME_ZONE',
  /** Most articles one edition takes; the rest wait for the next edition. */
  maxEditionArticles: 'MAX_EDITION_ARTICLES',
  /** ARN of the Secrets Manager secret holding the key of readers' ids and unsubscribe tokens. */
  recipientIdKeySecretArn: 'RECIPIENT_ID_KEY_SECRET_ARN',
  /** The key itself (32 characters or more), for local runs only; on AWS the secret's ARN is set. */
  recipientIdKey: 'RECIPIENT_ID_KEY',
  /** The sender's postal address, one line, shown in every newsletter's footer. */
  postalAddress: 'POSTAL_ADDRESS',
  /** Folder of the newsletter templates; the bundle's `templates/` when unset. */
  templatesDir: 'TEMPLATES_DIR',
  /** `true` to address S3 by path (local S3 emulators); never set on AWS. */
  s3ForcePathStyle: 'S3_FORCE_PATH_STYLE',
} as const;

/** The bucket's prefixes: what each part of the pipeline reads and writes. */
export const PREFIX = {
  /** Where users drop article files. */
  inbox: 'inbox/',
  /** One record per ingested file (its article or its rejection), until an edition takes it. */
  records: 'records/',
  /** A mark of each record an edition took, so a late redelivery is not recorded again (a week). */
  published: 'published/',
  /** Each edition's snapshot, built once when it is sent: its stories and the records it took. */
  editions: 'editions/',
  /** Originals whose article is stored. */
  processed: 'processed/',
  /** Originals that could not be read, each with its reason beside it. */
  rejected: 'rejected/',
  /** The sent ledger: one object per edition and recipient. */
  sent: 'sent/',
  /** One object per reader who unsubscribed, named by the reader's id (no address). */
  optOuts: 'opt-outs/',
} as const;

/**
 * How ingestion is fed: messages per batch, seconds to gather a batch, batches at once. The stack
 * configures the queue's event source with these, and the local pipeline imitates it. Files share
 * nothing on ingest, so batches run side by side without contention.
 */
export const INGEST_BATCH = { size: 20, windowSeconds: 2, concurrency: 10 } as const;
