import { Duration, Validations } from 'aws-cdk-lib';
import { type Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ENV, PREFIX } from '../lambdas/config/env-names.js';
import { OVER_CAPACITY_MESSAGE } from '../lambdas/core/edition/open-edition.js';
import { DEFAULT_MAX_EDITION_ARTICLES } from '../lambdas/core/limits.js';
import type { DeploySettings } from './deploy-settings.js';
import { DigestFunction } from './digest-function.js';
import type { DigestMail } from './digest-mail.js';
import { acknowledgePrefixGrants, deleteObjects, GRANT_ACTIONS_USED } from './nag-acknowledgements.js';
import { handlerEntry } from './project-paths.js';
import { allowWebCopyPublishing, type WebCopyTarget } from './web-copy-publishing.js';

/** Settings of the newsletter sender. */
export interface NewsletterSenderProps {
  readonly bucket: Bucket;
  readonly mail: DigestMail;
  readonly settings: DeploySettings;
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
  /** The key of the HMAC that names recipients in logs and reports. */
  readonly recipientIdKey: Secret;

  constructor(scope: Construct, id: string, props: NewsletterSenderProps) {
    super(scope, id);
    const { bucket, mail, settings } = props;

    // Generated once by Secrets Manager, so no one can guess it, and kept across deployments; the
    // function gets its value at deployment (a dynamic reference), so it needs no access at run time.
    this.recipientIdKey = new Secret(this, 'RecipientIdKey', {
      description: 'Key of the HMAC that names newsletter recipients in logs and reports',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.recipientIdKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key only names recipients in logs and reports (the sent ledger does not depend on it); it is read at deployment, so rotating it would change nothing until the next deployment, and is not needed.',
    });

    this.newsletterFunction = new DigestFunction(this, 'Newsletter', {
      entry: handlerEntry('newsletter-handler.ts'),
      description: 'Renders the edition as the newsletter and mails it to the subscribers',
      // Sized from the benchmark: a build of MAX_EDITION_ARTICLES keeps a third of it spare.
      memorySize: NEWSLETTER_MEMORY_MB,
      // Sending paces itself at the SES rate, so a long list takes minutes: the most Lambda allows.
      timeout: Duration.minutes(15),
      environment: {
        ...newsletterEnvironment(bucket, mail, settings),
        [ENV.recipientIdKey]: this.recipientIdKey.secretValue.unsafeUnwrap(),
      },
      // The handler reads its MJML templates from `templates/` next to itself (TEMPLATES_DIR unset).
      afterBundling: (inputDir, outputDir) => [`cp -R "${inputDir}/templates" "${outputDir}/templates"`],
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
    fn.addToRolePolicy(mail.sendRawEmailStatement());
    allowWebCopyPublishing(this.newsletterFunction, props.web);
    acknowledgePrefixGrants(
      this.newsletterFunction.role,
      bucket,
      [PREFIX.records, PREFIX.published, PREFIX.editions, PREFIX.sent],
      GRANT_ACTIONS_USED,
    );

    this.schedule = new Rule(this, 'Schedule', {
      description: 'Sends the newsletter',
      schedule: Schedule.expression(settings.schedule),
      targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(2) })],
    });

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
    [ENV.unsubscribeUrl]: settings.unsubscribeUrl,
    [ENV.unsubscribeMailto]: settings.unsubscribeMailto,
    [ENV.editionTimeZone]: settings.editionTimeZone,
    [ENV.maxEditionArticles]: String(DEFAULT_MAX_EDITION_ARTICLES),
  };
  if (settings.recipients.length > 0) environment[ENV.recipients] = settings.recipients.join(',');
  if (settings.subscribersKey !== undefined) environment[ENV.subscribersKey] = settings.subscribersKey;
  return environment;
}
