import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { readSubscriberKey } from '../adapters/secret-key.js';
import { addSendCounts, METRICS_NAMESPACE } from '../adapters/send-metrics.js';
import { SesMailSender, sesClient } from '../adapters/ses-mail-sender.js';
import { loadTemplates } from '../adapters/template-files.js';
import { newsletterConfig } from '../config/newsletter-config.js';
import {
  currentSubscribers,
  type InvalidSubscriber,
  openEdition,
  publishWebCopy,
  type SendReport,
  sendEdition,
} from '../core/index.js';
import { parseNewsletterRequest } from './newsletter-request.js';

const config = newsletterConfig();
const logger = new Logger({ serviceName: 'news-digest-newsletter' });
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'news-digest-newsletter', logger });
const store = new S3ObjectStore(s3Client, config.bucketName);
// The web copies have a bucket of their own: what CloudFront may read holds nothing else.
const webStore = new S3ObjectStore(s3Client, config.webBucketName);
const mailer = new SesMailSender(sesClient, config.configurationSet);
const templates = loadTemplates(config.templatesDir);
// Read once per container, at cold start; the value never sits in the function's configuration.
const recipientIdKey = await readSubscriberKey(config.keySource);

/** How long before the function's timeout it stops sending. */
const STOP_BEFORE_TIMEOUT_MS = 30_000;

/** Raised when some recipients were not sent the edition; a retry sends to them only (the ledger skips the rest). */
export class IncompleteSendError extends Error {
  override readonly name = 'IncompleteSendError';
}

/**
 * Sends an edition's newsletter, on the schedule or on demand with
 * `{ "edition"?: "YYYY-MM-DD", "dryRun"?: true }`: the edition is built once from the records
 * waiting (or read back from its snapshot on a retry), its web copy published, and every
 * recipient's message is rendered from that snapshot. A dry run builds and renders without
 * storing, publishing, taking or sending anything.
 */
export async function handler(event: unknown, context: Context): Promise<NewsletterReport> {
  logger.addContext(context);
  try {
    return await run(event, context);
  } finally {
    // Published even when the run throws: an incomplete run's counts are the ones to see.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}

async function run(event: unknown, context: Context): Promise<NewsletterReport> {
  const now = new Date();
  const request = parseNewsletterRequest(event, now, config.editionTimeZone);
  const subscribers = await currentSubscribers(store, { ...config, recipientIdKey });
  const { addresses: recipients, optedOut, invalid, invalidCount } = subscribers;
  if (invalidCount > 0)
    logger.warn('subscriber entries that are not email addresses were skipped', { invalidCount, invalid });
  const snapshot = await openEdition(store, logger, {
    edition: request.edition,
    now,
    maxArticles: config.maxEditionArticles,
    dryRun: request.dryRun,
  });
  // Every message links the web copy: it is in place before the first one goes out.
  if (!request.dryRun) await publishWebCopy({ store: webStore, log: logger }, templates, snapshot.digest);
  // Stop sending with time to spare: the invocation's retry picks up where this one stopped.
  const outOfTime = (): boolean => context.getRemainingTimeInMillis() < STOP_BEFORE_TIMEOUT_MS;
  const report = await sendEdition(
    { store, mailer, log: logger, outOfTime },
    templates,
    snapshot.digest,
    { ...config, recipients, recipientIdKey, runId: context.awsRequestId },
    request.dryRun,
  );
  if (!request.dryRun) addSendCounts(metrics, { ...report, optedOut });
  // Uncertain recipients are left out: a retry would not send to them anyway, a person decides.
  const retryable = report.failed.filter((f) => !f.permanent).length + report.deferred;
  if (retryable > 0) {
    throw new IncompleteSendError(
      `${retryable} of ${recipients.length} recipients were not sent edition ${request.edition}`,
    );
  }
  return { ...report, optedOut, invalidSubscribers: invalid, invalidSubscriberCount: invalidCount };
}

/** What a newsletter run did: the send's report, and who was left out before sending and why. */
export interface NewsletterReport extends SendReport {
  /** Listed readers not mailed because they unsubscribed. */
  readonly optedOut: number;
  /** The first entries of the subscriber lists that are not addresses, by position and reason (never their text). */
  readonly invalidSubscribers: readonly InvalidSubscriber[];
  /** How many entries are not addresses in all. */
  readonly invalidSubscriberCount: number;
}
