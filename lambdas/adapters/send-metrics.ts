import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SendReport } from '../core/index.js';

/** The CloudWatch namespace of the digest's own metrics. */
export const METRICS_NAMESPACE = 'NewsDigest';

/** The metric each count of a send report is published as, one value per run. */
export const SEND_METRICS = {
  sent: 'RecipientsSent',
  failed: 'RecipientsFailed',
  deferred: 'RecipientsDeferred',
  uncertain: 'RecipientsUncertain',
  alreadySent: 'RecipientsAlreadySent',
  optedOut: 'RecipientsOptedOut',
} as const;

/**
 * Adds one run's counts to the metrics to publish (as CloudWatch embedded metrics in the log),
 * so a graph shows each edition's reach and an alarm can watch failures or unknown outcomes;
 * the edition goes along as metadata, to find the run behind a point.
 */
export function addSendCounts(metrics: Metrics, report: SendReport & { readonly optedOut: number }): void {
  const counts = {
    sent: report.sent,
    failed: report.failed.length,
    deferred: report.deferred,
    uncertain: report.uncertain,
    alreadySent: report.alreadySent,
    optedOut: report.optedOut,
  };
  for (const [count, name] of Object.entries(SEND_METRICS)) {
    metrics.addMetric(name, MetricUnit.Count, counts[count as keyof typeof counts]);
  }
  metrics.addMetadata('edition', report.edition);
}
