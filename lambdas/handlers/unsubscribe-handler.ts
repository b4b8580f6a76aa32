import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { S3ObjectStore, s3Client } from '../adapters/s3-object-store.js';
import { readSubscriberKey } from '../adapters/secret-key.js';
import { METRICS_NAMESPACE } from '../adapters/send-metrics.js';
import { unsubscribeConfig } from '../config/unsubscribe-config.js';
import { ALLOWED_METHODS, answerUnsubscribe, refuseRequest } from '../core/index.js';
import { BodyTooLargeError, toRequest, toResult } from './function-url-request.js';

const config = unsubscribeConfig();
const logger = new Logger({ serviceName: 'news-digest-unsubscribe' });
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'news-digest-unsubscribe', logger });

/** The metric each change an answer makes is counted as. */
export const UNSUBSCRIBE_METRICS = { unsubscribed: 'Unsubscribed', resubscribed: 'Resubscribed' } as const;
const store = new S3ObjectStore(s3Client, config.bucketName);
// Read once per container, at cold start; the value never sits in the function's configuration.
const key = await readSubscriberKey(config.keySource);

/**
 * The one-click unsubscribe endpoint behind the links in every email (a Lambda function URL):
 * translates the request, lets the core answer it, and returns its page.
 */
export async function handler(
  event: LambdaFunctionURLEvent,
  context: Context,
): Promise<LambdaFunctionURLResult> {
  logger.addContext(context);
  const { method } = event.requestContext.http;
  // A Request cannot be made of every method a function URL passes on (TRACE, CONNECT).
  if (!(ALLOWED_METHODS as readonly string[]).includes(method))
    return toResult(refuseRequest('method', config.listName));
  let request: Request;
  try {
    request = toRequest(event);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return toResult(refuseRequest('too-large', config.listName));
  }
  const answer = await answerUnsubscribe(request, {
    store,
    log: logger,
    key,
    listName: config.listName,
    listId: config.listId,
    now: () => new Date(),
  });
  if (answer.change !== null) {
    metrics.addMetric(UNSUBSCRIBE_METRICS[answer.change], MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
  }
  return toResult(answer);
}
