import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeploySettings } from './deploy-settings.js';
import { DigestMail } from './digest-mail.js';
import { DigestStorage } from './digest-storage.js';
import { IngestPipeline } from './ingest-pipeline.js';
import { NewsletterSender } from './newsletter-sender.js';
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
  readonly webCopy: WebCopy;

  constructor(scope: Construct, id: string, props: NewsDigestStackProps) {
    super(scope, id, props);
    const { settings } = props;
    this.storage = new DigestStorage(this, 'Storage');
    this.mail = new DigestMail(this, 'Mail', { senderEmail: settings.senderEmail });
    const { bucket } = this.storage;
    this.ingest = new IngestPipeline(this, 'Ingest', { bucket, maxBytes: settings.maxBytes });
    this.webCopy = new WebCopy(this, 'WebCopy', {
      bucket: this.storage.webBucket,
      logBucket: this.storage.webLogsBucket,
      ...(settings.webDomain === undefined ? {} : { domain: settings.webDomain }),
    });
    // Messages link the distribution's address unless told another (a CDN or proxy in front).
    const web = { bucket: this.storage.webBucket, baseUrl: settings.archiveBaseUrl ?? this.webCopy.url };
    this.newsletter = new NewsletterSender(this, 'Newsletter', { bucket, mail: this.mail, settings, web });

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
