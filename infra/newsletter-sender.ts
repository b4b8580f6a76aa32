import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ENV, PREFIX } from '../lambdas/config/env-names.js';
import type { DeploySettings } from './deploy-settings.js';
import { DigestFunction } from './digest-function.js';
import type { DigestMail } from './digest-mail.js';
import { acknowledgePrefixGrants, deleteObjects, GRANT_ACTIONS_USED } from './nag-acknowledgements.js';
import { handlerEntry } from './project-paths.js';

/** Settings of the newsletter sender. */
export interface NewsletterSenderProps {
  readonly bucket: Bucket;
  readonly mail: DigestMail;
  readonly settings: DeploySettings;
}

/**
 * On a schedule, renders the edition's stories as the newsletter, stores its web copy under
 * `archive/` and mails it through SES, recording each recipient it reached under `sent/`.
 */
export class NewsletterSender extends Construct {
  readonly newsletterFunction: DigestFunction;
  readonly schedule: Rule;

  constructor(scope: Construct, id: string, props: NewsletterSenderProps) {
    super(scope, id);
    const { bucket, mail, settings } = props;

    this.newsletterFunction = new DigestFunction(this, 'Newsletter', {
      entry: handlerEntry('newsletter-handler.ts'),
      description: 'Renders the edition as the newsletter and mails it to the subscribers',
      memorySize: 1024,
      // Sending paces itself at the SES rate, so a long list takes minutes: the most Lambda allows.
      timeout: Duration.minutes(15),
      environment: newsletterEnvironment(bucket, mail, settings),
      // The handler reads its MJML templates from `templates/` next to itself (TEMPLATES_DIR unset).
      afterBundling: (inputDir, outputDir) => [`cp -R "${inputDir}/templates" "${outputDir}/templates"`],
    });
    const fn = this.newsletterFunction.function;
    bucket.grantRead(fn, `${PREFIX.editions}*`);
    bucket.grantPut(fn, `${PREFIX.archive}*`);
    bucket.grantRead(fn, `${PREFIX.sent}*`);
    bucket.grantPut(fn, `${PREFIX.sent}*`);
    // A ledger claim is deleted when its message could not be sent; plain deletes only.
    fn.addToRolePolicy(deleteObjects(bucket, PREFIX.sent));
    if (settings.subscribersKey !== undefined) bucket.grantRead(fn, settings.subscribersKey);
    fn.addToRolePolicy(mail.sendRawEmailStatement());
    acknowledgePrefixGrants(
      this.newsletterFunction.role,
      bucket,
      [PREFIX.editions, PREFIX.archive, PREFIX.sent],
      GRANT_ACTIONS_USED,
    );

    this.schedule = new Rule(this, 'Schedule', {
      description: 'Sends the newsletter',
      schedule: Schedule.expression(settings.schedule),
      targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(2) })],
    });
  }
}

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
  };
  if (settings.recipients.length > 0) environment[ENV.recipients] = settings.recipients.join(',');
  if (settings.subscribersKey !== undefined) environment[ENV.subscribersKey] = settings.subscribersKey;
  if (settings.archiveBaseUrl !== undefined) environment[ENV.archiveBaseUrl] = settings.archiveBaseUrl;
  return environment;
}
