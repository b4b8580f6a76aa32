import { Validations } from 'aws-cdk-lib';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { ENV } from '../lambdas/config/env-names.js';
import { WEB_EDITIONS, WEB_INDEX_KEY } from '../lambdas/core/web/web-copy-keys.js';
import type { DigestFunction } from './digest-function.js';

/** Where the newsletter publishes the web copies, and the address its messages link them at. */
export interface WebCopyTarget {
  readonly bucket: Bucket;
  /** `https://` and a host (and path, if any), with no trailing slash. */
  readonly baseUrl: string;
}

/**
 * Lets a function publish the web copies: it is told the bucket and the address, may write the
 * pages, their summaries and the index, and may list and read back the summaries alone (the index
 * is rebuilt from them). Nothing else of the bucket, and nothing may be deleted.
 */
export function allowWebCopyPublishing(digestFunction: DigestFunction, target: WebCopyTarget): void {
  const fn = digestFunction.function;
  const { bucket } = target;
  fn.addEnvironment(ENV.webBucketName, bucket.bucketName);
  fn.addEnvironment(ENV.archiveBaseUrl, target.baseUrl);
  bucket.grantPut(fn, `${WEB_EDITIONS}*`);
  bucket.grantPut(fn, WEB_INDEX_KEY);
  bucket.grantRead(fn, `${WEB_EDITIONS}*.json`);
  // The action wildcards of grantPut and grantRead are acknowledged with the role's other grants.
  const bucketId = bucket.stack.resolve((bucket.node.defaultChild as CfnBucket).logicalId) as string;
  Validations.of(digestFunction.role).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${WEB_EDITIONS}*]`,
      reason: `There is one web page and one summary per edition date under ${WEB_EDITIONS}, named at run time; the wildcard stays inside that prefix of the web-copy bucket.`,
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${WEB_EDITIONS}*.json]`,
      reason: `The index of editions is rebuilt from every edition's summary (${WEB_EDITIONS}<date>.json), so all of them are read; the pages themselves are not.`,
    },
  );
}
