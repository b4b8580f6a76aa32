/**
 * CDK feature flags the stack is built with, in `cdk synth` and in the tests alike (the tests build
 * the app in-process, where `cdk.json` is not read).
 */
export const FEATURE_FLAGS = {
  // Access logs reach the logs bucket through its bucket policy: it keeps ACLs disabled too.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // Merges statements that differ only in resources, so each role's policy stays readable.
  '@aws-cdk/aws-iam:minimizePolicies': true,
} as const;
