import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PREFIX } from '../lambdas/config/env-names.js';

// Every bucket holds data nobody else may read or reach over plain HTTP, and outlives the stack.
const PRIVATE_BUCKET: BucketProps = {
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  removalPolicy: RemovalPolicy.RETAIN,
};

/**
 * What holds data: the bucket with the inbox, the editions' state and the sent ledger; the bucket
 * of the editions' web copies, which CloudFront serves; and the buckets their logs go to.
 */
export class DigestStorage extends Construct {
  /** The pipeline's bucket; prefixes in `PREFIX` divide it. */
  readonly bucket: Bucket;
  /** Server access logs of the other buckets. */
  readonly accessLogsBucket: Bucket;
  /** The editions' web copies, and nothing else: CloudFront may read all of it. */
  readonly webBucket: Bucket;
  /** CloudFront's access logs of the web copies. */
  readonly webLogsBucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.accessLogsBucket = new Bucket(this, 'AccessLogsBucket', {
      ...PRIVATE_BUCKET,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    this.bucket = new Bucket(this, 'ArticlesBucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      // Old versions are kept long enough to recover from a mistake, then expire; so do the parts
      // of uploads that never completed, which are billed but invisible in listings.
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        // A published mark only needs to outlive a message's redeliveries (hours at most).
        { prefix: PREFIX.published, expiration: Duration.days(7) },
      ],
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'articles-bucket/',
    });

    // Apart from the pipeline's bucket, which holds records, the ledger and subscribers: the
    // distribution reads this one only. Each page can be rendered again from its edition's snapshot.
    this.webBucket = new Bucket(this, 'WebCopyBucket', {
      ...PRIVATE_BUCKET,
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'web-copy-bucket/',
    });
    // CloudFront's standard logs are delivered under an ACL grant, which a bucket with ACLs
    // disabled refuses: they get a bucket of their own rather than re-enabling ACLs on the other logs.
    this.webLogsBucket = new Bucket(this, 'WebCopyLogsBucket', {
      ...PRIVATE_BUCKET,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'web-copy-logs-bucket/',
    });
  }
}
