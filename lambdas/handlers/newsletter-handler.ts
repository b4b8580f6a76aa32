import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { SesMailSender, sesClient } from '../adapters/ses-mail-sender.js';
import { loadTemplates } from '../adapters/template-files.js';
import { newsletterConfig } from '../config/newsletter-config.js';
import { openEdition, publishWebCopy, type SendReport, sendEdition } from '../core/index.js';
import { parseNewsletterRequest } from './newsletter-request.js';
import { resolveRecipients } from './resolve-recipients.js';

const config = newsletterConfig();
const logger = new Logger({ serviceName: 'news-digest-newsletter' });
const store = new S3ObjectStore(s3Client, config.bucketName);
// The web copies have a bucket of their own: what CloudFront may read holds nothing else.
const webStore = new S3ObjectStore(s3Client, config.webBucketName);
const mailer = new SesMailSender(sesClient, config.configurationSet);
const templates = loadTemplates(config.templatesDir);

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
export async function handler(event: unknown, context: Context): Promise<SendReport> {
  logger.addContext(context);
  const now = new Date();
  const request = parseNewsletterRequest(event, now, config.editionTimeZone);
  const recipients = await resolveRecipients(store, config, logger);
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
    { ...config, sender: config.sender, recipients },
    request.dryRun,
  );
  // Uncertain recipients are left out: a retry would not send to them anyway, a person decides.
  const retryable = report.failed.filter((f) => !f.permanent).length + report.deferred;
  if (retryable > 0) {
    throw new IncompleteSendError(
      `${retryable} of ${recipients.length} recipients were not sent edition ${request.edition}`,
    );
  }
  return report;
}
