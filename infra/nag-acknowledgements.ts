import { type Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { PREFIX } from '../lambdas/config/env-names.js';

// cdk-nag findings that the stack accepts, each with why. They are acknowledged on the construct
// that causes them (never the whole stack), finding by finding, so anything new still fails synth.

/** One of the bucket's prefixes. */
export type Prefix = (typeof PREFIX)[keyof typeof PREFIX];

/** Why keys under each prefix can only be named with a wildcard. */
const PREFIX_KEYS: Readonly<Record<Prefix, string>> = {
  [PREFIX.inbox]: 'article files are named by whoever drops them in',
  [PREFIX.records]: 'there is one record per ingested file, named after it',
  [PREFIX.published]: 'there is one mark per record an edition took, named after its file',
  [PREFIX.editions]: 'there is one snapshot per edition date',
  [PREFIX.processed]: 'originals keep the names they had in the inbox',
  [PREFIX.rejected]: 'originals keep the names they had in the inbox, each with its reason beside it',
  [PREFIX.sent]: 'there is one ledger object per edition and recipient',
  [PREFIX.optOuts]: "there is one opt-out per reader who unsubscribed, named by the reader's id",
};

/** The action wildcards that CDK's S3 grant methods produce, and what each amounts to. */
export const S3_GRANT_ACTIONS = {
  'Action::s3:GetObject*':
    "grantRead's object reads (GetObject and its version, tagging, attributes, ACL, retention and legal-hold variants); they act only on the object ARNs granted, each confined to one prefix or key",
  'Action::s3:GetBucket*':
    "grantRead's bucket-level reads (location, versioning, policy status and similar settings) on this bucket only; they reveal no object content",
  'Action::s3:List*':
    'grantRead adds listing on this bucket: with s3:ListBucket a missing key answers 404 NoSuchKey, which the handlers read as "not there yet", instead of 403 AccessDenied; it reveals key names, never object content',
  'Action::s3:Abort*':
    'grantPut and grantReadWrite include AbortMultipartUpload, so a failed multipart upload by the SDK can be cleaned up; on the granted prefixes only',
} as const;

/** Allows plain `s3:DeleteObject` under one prefix: no version deletes, which CDK's grantDelete adds. */
export function deleteObjects(bucket: Bucket, prefix: Prefix): PolicyStatement {
  return new PolicyStatement({
    actions: ['s3:DeleteObject'],
    resources: [bucket.arnForObjects(`${prefix}*`)],
  });
}

/** The action wildcards that grantRead and grantPut give both functions' roles. */
export const GRANT_ACTIONS_USED: readonly S3GrantAction[] = [
  'Action::s3:GetObject*',
  'Action::s3:GetBucket*',
  'Action::s3:List*',
  'Action::s3:Abort*',
];

/** An action wildcard of `S3_GRANT_ACTIONS`. */
export type S3GrantAction = keyof typeof S3_GRANT_ACTIONS;

/**
 * Acknowledges AwsSolutions-IAM5 for a function role's S3 grants: the object ARN wildcard of each
 * prefix it was granted, and the action wildcards the grant methods used.
 */
export function acknowledgePrefixGrants(
  role: Role,
  bucket: Bucket,
  prefixes: readonly Prefix[],
  actions: readonly S3GrantAction[],
): void {
  const stack = bucket.stack;
  const bucketId = stack.resolve((bucket.node.defaultChild as CfnBucket).logicalId) as string;
  for (const prefix of prefixes) {
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
      reason: `Keys under ${prefix} are known only at run time (${PREFIX_KEYS[prefix]}); the wildcard stays inside that prefix of the articles bucket.`,
    });
  }
  for (const action of actions) {
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[${action}]`,
      reason: S3_GRANT_ACTIONS[action],
    });
  }
}

/**
 * Acknowledges AwsSolutions-IAM4 on the role of CDK's bucket notifications handler, the singleton
 * function that `addEventNotification` adds to the stack to configure the notifications at deploy.
 */
export function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler: IConstruct | undefined = stack.node.children.find((child) =>
    child.node.id.startsWith('BucketNotificationsHandler'),
  );
  if (handler === undefined) return;
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      "CDK gives its bucket notifications handler (a function run only during deployments, to put the bucket's notification configuration) a role with AWSLambdaBasicExecutionRole; that managed policy only allows creating and writing CloudWatch Logs, which the handler uses for its own logs.",
  });
}
