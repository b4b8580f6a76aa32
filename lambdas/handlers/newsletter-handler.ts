import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { addSendCounts, METRICS_NAMESPACE } from '../adapters/send-metrics.js';
import { SesMailSender, sesClient } from '../adapters/ses-mail-sender.js';
import { loadTemplates } from '../adapters/template-files.js';
import { newsletterConfig } from '../config/newsletter-config.js';
import { openEdition, type SendReport, sendEdition } from '../core/index.js';
import { parseNewsletterRequest } from './newsletter-request.js';
import { resolveRecipients } from './resolve-recipients.js';

const config = newsletterConfig();
const logger = new Logger({ serviceName: 'news-digest-newsletter' });
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'news-digest-newsletter', logger });
const store = new S3ObjectStore(s3Client, config.bucketName);
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
 * waiting (or read back from its snapshot on a retry) and every recipient's message is rendered
 * from that snapshot. A dry run builds and renders without storing, taking or sending anything.
 */
export async function handler(event: unknown, context: Context): Promise<SendReport> {
  logger.addContext(context);
  try {
    return await run(event, context);
  } finally {
    // Published even when the run throws: an incomplete run's counts are the ones to see.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}

async function run(event: unknown, context: Context): Promise<SendReport> {
  const now = new Date();
  const request = parseNewsletterRequest(event, now, config.editionTimeZone);
  const recipients = await resolveRecipients(store, config, logger);
  const snapshot = await openEdition(store, logger, {
    edition: request.edition,
    now,
    maxArticles: config.maxEditionArticles,
    dryRun: request.dryRun,
  });
  // Stop sending with time to spare: the invocation's retry picks up where this one stopped.
  const outOfTime = (): boolean => context.getRemainingTimeInMillis() < STOP_BEFORE_TIMEOUT_MS;
  const report = await sendEdition(
    { store, mailer, log: logger, outOfTime },
    templates,
    snapshot.digest,
    { ...config, sender: config.sender, recipients },
    request.dryRun,
  );
  if (!request.dryRun) addSendCounts(metrics, report);
  // Uncertain recipients are left out: a retry would not send to them anyway, a person decides.
  const retryable = report.failed.filter((f) => !f.permanent).length + report.deferred;
  if (retryable > 0) {
    throw new IncompleteSendError(
      `${retryable} of ${recipients.length} recipients were not sent edition ${request.edition}`,
    );
  }
  return report;
}
