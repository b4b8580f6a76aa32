import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeploySettings } from './deploy-settings.js';
import { DigestAlarms } from './digest-alarms.js';
import { DigestMail } from './digest-mail.js';
import { DigestStorage } from './digest-storage.js';
import { IngestPipeline } from './ingest-pipeline.js';
import { MailEvents } from './mail-events.js';
import { NewsletterSender } from './newsletter-sender.js';
import { dnsRecordText } from './sender-domain.js';
import { SubscriberKey } from './subscriber-key.js';
import { UnsubscribeEndpoint } from './unsubscribe-endpoint.js';
import { WebCopy } from './web-copy.js';

/** Properties of the news digest stack. */
export interface NewsDigestStackProps extends StackProps {
  readonly settings: DeploySettings;
}

/**
 * The whole news digest in one stack: data (storage) apart from compute (ingest, newsletter) in
 * constructs, since a bucket notifying a queue in another stack would make the stacks depend on
 * each other both ways.
 */
export class NewsDigestStack extends Stack {
  readonly storage: DigestStorage;
  readonly mail: DigestMail;
  readonly ingest: IngestPipeline;
  readonly newsletter: NewsletterSender;
  readonly subscriberKey: SubscriberKey;
  readonly unsubscribe: UnsubscribeEndpoint;
  readonly alarms: DigestAlarms;
  readonly mailEvents: MailEvents;
  readonly webCopy: WebCopy;

  constructor(scope: Construct, id: string, props: NewsDigestStackProps) {
    super(scope, id, props);
    const { settings } = props;
    this.storage = new DigestStorage(this, 'Storage');
    this.mail = new DigestMail(this, 'Mail', {
      senderEmail: settings.senderEmail,
      senderDomain: settings.senderDomain,
    });
    this.alarms = new DigestAlarms(this, 'Alarms', { alarmEmail: settings.alarmEmail });
    const { failureQueue } = this.alarms;
    const { bucket } = this.storage;
    this.ingest = new IngestPipeline(this, 'Ingest', { bucket, maxBytes: settings.maxBytes });
    this.subscriberKey = new SubscriberKey(this, 'SubscriberKey');
    const subscriberKey = this.subscriberKey.secret;
    this.unsubscribe = new UnsubscribeEndpoint(this, 'Unsubscribe', {
      bucket,
      subscriberKey,
      settings,
    });
    this.webCopy = new WebCopy(this, 'WebCopy', {
      bucket: this.storage.webBucket,
      logBucket: this.storage.webLogsBucket,
      ...(settings.webDomain === undefined ? {} : { domain: settings.webDomain }),
    });
    // Messages link the distribution's address unless told another (a CDN or proxy in front).
    const web = { bucket: this.storage.webBucket, baseUrl: settings.archiveBaseUrl ?? this.webCopy.url };
    this.newsletter = new NewsletterSender(this, 'Newsletter', {
      bucket,
      mail: this.mail,
      settings,
      subscriberKey,
      unsubscribeUrl: this.unsubscribe.url.url,
      failureQueue,
      web,
    });
    this.mailEvents = new MailEvents(this, 'MailEvents', {
      configurationSet: this.mail.configurationSet,
      failureQueue,
    });
    this.alarms.watch({
      newsletterFunction: this.newsletter.newsletterFunction.function,
      alarms: [this.ingest.deadLetterAlarm, this.newsletter.overCapacityAlarm],
    });

    new CfnOutput(this, 'BucketName', {
      value: bucket.bucketName,
      description: 'Drop article files under inbox/',
    });
    new CfnOutput(this, 'QueueUrl', { value: this.ingest.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.ingest.deadLetterQueue.queueUrl });
    // ARNs too: moving dead letters back (sqs start-message-move-task) takes ARNs, not URLs.
    new CfnOutput(this, 'QueueArn', { value: this.ingest.queue.queueArn });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: this.ingest.deadLetterQueue.queueArn });
    new CfnOutput(this, 'IngestFunctionName', { value: this.ingest.ingestFunction.function.functionName });
    new CfnOutput(this, 'NewsletterFunctionName', {
      value: this.newsletter.newsletterFunction.function.functionName,
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'FailureQueueUrl', { value: this.alarms.failureQueue.queueUrl });
    new CfnOutput(this, 'MailEventsLogGroup', {
      value: this.mailEvents.eventsFunction.logGroup.logGroupName,
      description: 'What SES reported about each message, by edition and recipient id',
    });
    for (const record of this.mail.manualDnsRecords) {
      new CfnOutput(this, `Dns${record.id}`, {
        value: dnsRecordText(record),
        description: 'Create this DNS record for the sender domain',
      });
    }
    new CfnOutput(this, 'UnsubscribeUrl', {
      value: this.unsubscribe.url.url,
      description: 'The one-click unsubscribe endpoint the emails link to',
    });
    new CfnOutput(this, 'WebCopyUrl', {
      value: `${this.webCopy.url}/`,
      description: 'The web copies: every edition, newest first (each edition at editions/<date>.html)',
    });
    // A custom domain's DNS record (CNAME or alias) points here.
    new CfnOutput(this, 'WebDistributionDomainName', {
      value: this.webCopy.distribution.distributionDomainName,
    });
  }
}
