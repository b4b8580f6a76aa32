import { Duration } from 'aws-cdk-lib';
import { type Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, PREFIX } from '../lambdas/config/env-names.js';
import { OVER_CAPACITY_MESSAGE } from '../lambdas/core/edition/open-edition.js';
import { DEFAULT_MAX_EDITION_ARTICLES } from '../lambdas/core/limits.js';
import type { DeploySettings } from './deploy-settings.js';
import { DigestFunction } from './digest-function.js';
import type { DigestMail } from './digest-mail.js';
import { acknowledgePrefixGrants, deleteObjects, GRANT_ACTIONS_USED } from './nag-acknowledgements.js';
import { NEWSLETTER_ALIASES } from './newsletter-bundle.js';
import { handlerEntry } from './project-paths.js';
import { allowWebCopyPublishing, type WebCopyTarget } from './web-copy-publishing.js';

/** Settings of the newsletter sender. */
export interface NewsletterSenderProps {
  readonly bucket: Bucket;
  readonly mail: DigestMail;
  readonly settings: DeploySettings;
  /** The key of readers' ids and unsubscribe tokens, read at cold start. */
  readonly subscriberKey: Secret;
  /** The unsubscribe endpoint each reader's link points at. */
  readonly unsubscribeUrl: string;
  /** Where a scheduled run that could not start, or that failed every retry, is kept. */
  readonly failureQueue: IQueue;
  /** Where the web copies are published, and the address messages link them at. */
  readonly web: WebCopyTarget;
}

/**
 * On a schedule, builds the edition once from the records waiting under `records/` (stored as its
 * snapshot under `editions/`, the records it took then removed), publishes its web copy in the
 * web-copy bucket, renders it as the newsletter and mails it through SES, recording each recipient it
 * reached under `sent/`. A build over capacity raises an alarm.
 */
export class NewsletterSender extends Construct {
  readonly newsletterFunction: DigestFunction;
  readonly schedule: Rule;
  readonly overCapacityAlarm: Alarm;

  constructor(scope: Construct, id: string, props: NewsletterSenderProps) {
    super(scope, id);
    const { bucket, mail, settings, subscriberKey } = props;

    this.newsletterFunction = new DigestFunction(this, 'Newsletter', {
      entry: handlerEntry('newsletter-handler.ts'),
      description: 'Renders the edition as the newsletter and mails it to the subscribers',
      // Sized from the benchmark: a build of MAX_EDITION_ARTICLES keeps a third of it spare.
      memorySize: NEWSLETTER_MEMORY_MB,
      // Sending paces itself at the SES rate, so a long list takes minutes: the most Lambda allows.
      timeout: Duration.minutes(15),
      environment: {
        ...newsletterEnvironment(bucket, mail, settings),
        [ENV.unsubscribeUrl]: props.unsubscribeUrl,
        [ENV.recipientIdKeySecretArn]: subscriberKey.secretArn,
      },
      // The handler reads its MJML templates from `templates/` next to itself (TEMPLATES_DIR unset).
      afterBundling: (inputDir, outputDir) => [`cp -R "${inputDir}/templates" "${outputDir}/templates"`],
      // What MJML loads but the templates never use stays out of the bundle.
      aliases: NEWSLETTER_ALIASES,
    });
    const fn = this.newsletterFunction.function;
    bucket.grantRead(fn, `${PREFIX.records}*`);
    // Records an edition took are removed once its snapshot is stored; plain deletes only.
    fn.addToRolePolicy(deleteObjects(bucket, PREFIX.records));
    bucket.grantPut(fn, `${PREFIX.published}*`);
    bucket.grantRead(fn, `${PREFIX.editions}*`);
    bucket.grantPut(fn, `${PREFIX.editions}*`);
    bucket.grantRead(fn, `${PREFIX.sent}*`);
    bucket.grantPut(fn, `${PREFIX.sent}*`);
    // A ledger claim is deleted when its message could not be sent; plain deletes only.
    fn.addToRolePolicy(deleteObjects(bucket, PREFIX.sent));
    if (settings.subscribersKey !== undefined) bucket.grantRead(fn, settings.subscribersKey);
    // Readers who unsubscribed are listed at each run and left out.
    bucket.grantRead(fn, `${PREFIX.optOuts}*`);
    subscriberKey.grantRead(fn);
    fn.addToRolePolicy(mail.sendRawEmailStatement());
    allowWebCopyPublishing(this.newsletterFunction, props.web);
    acknowledgePrefixGrants(
      this.newsletterFunction.role,
      bucket,
      [PREFIX.records, PREFIX.published, PREFIX.editions, PREFIX.sent, PREFIX.optOuts],
      GRANT_ACTIONS_USED,
    );

    this.schedule = new Rule(this, 'Schedule', {
      description: 'Sends the newsletter',
      schedule: Schedule.expression(settings.schedule),
      targets: [
        new LambdaFunction(fn, {
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
          deadLetterQueue: props.failureQueue,
        }),
      ],
    });
    // A failed run is retried twice (the ledger skips whoever has the edition); then it is kept.
    fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(props.failureQueue) });

    // An edition over capacity leaves its newest records for the next one: someone should know.
    this.overCapacityAlarm = new MetricFilter(this, 'OverCapacity', {
      logGroup: this.newsletterFunction.logGroup,
      filterPattern: FilterPattern.stringValue('$.message', '=', OVER_CAPACITY_MESSAGE),
      metricNamespace: 'NewsDigest',
      metricName: 'EditionOverCapacity',
      metricValue: '1',
      defaultValue: 0,
    })
      .metric({ period: Duration.hours(1), statistic: 'Sum' })
      .createAlarm(this, 'OverCapacityAlarm', {
        alarmDescription:
          'An edition held more articles than MAX_EDITION_ARTICLES; the newest wait for the next edition.',
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
  }
}

/** The newsletter function's memory, chosen from the benchmark's build of a full edition. */
export const NEWSLETTER_MEMORY_MB = 2048;

function newsletterEnvironment(
  bucket: Bucket,
  mail: DigestMail,
  settings: DeploySettings,
): Record<string, string> {
  const environment: Record<string, string> = {
    [ENV.bucketName]: bucket.bucketName,
    [ENV.senderEmail]: settings.senderEmail,
    [ENV.sendRate]: String(settings.sendRate),
    [ENV.configurationSet]: mail.configurationSet.configurationSetName,
    [ENV.listId]: settings.listId,
    [ENV.editionTimeZone]: settings.editionTimeZone,
    [ENV.maxEditionArticles]: String(DEFAULT_MAX_EDITION_ARTICLES),
    [ENV.postalAddress]: settings.postalAddress,
  };
  if (settings.recipients.length > 0) environment[ENV.recipients] = settings.recipients.join(',');
  if (settings.subscribersKey !== undefined) environment[ENV.subscribersKey] = settings.subscribersKey;
  if (settings.unsubscribeMailto !== undefined)
    environment[ENV.unsubscribeMailto] = settings.unsubscribeMailto;
  return environment;
}
