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

// Both buckets hold data nobody else may read or reach over plain HTTP, and outlive the stack.
const PRIVATE_BUCKET: BucketProps = {
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  removalPolicy: RemovalPolicy.RETAIN,
};

/**
 * What holds data: the bucket with the inbox, the editions' state, the archive and the sent ledger,
 * and the bucket its server access logs go to.
 */
export class DigestStorage extends Construct {
  /** The pipeline's bucket; prefixes in `PREFIX` divide it. */
  readonly bucket: Bucket;
  /** Server access logs of `bucket`. */
  readonly accessLogsBucket: Bucket;

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
  }
}
