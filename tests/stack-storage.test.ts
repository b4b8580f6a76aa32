import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildTestApp, logicalId } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const articlesId = logicalId(stack.storage.bucket);
const logsId = logicalId(stack.storage.accessLogsBucket);
const webId = logicalId(stack.storage.webBucket);
const webLogsId = logicalId(stack.storage.webLogsBucket);

const PRIVATE = {
  BucketEncryption: {
    ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
  },
  PublicAccessBlockConfiguration: {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  },
  OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
};

describe('storage', () => {
  it('keeps articles in a private, S3-encrypted, versioned bucket whose old versions expire', () => {
    // Act
    const bucket = template.findResources('AWS::S3::Bucket')[articlesId];

    // Assess
    expect(bucket).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        ...PRIVATE,
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: [
            expect.objectContaining({
              NoncurrentVersionExpiration: { NoncurrentDays: 30 },
              Status: 'Enabled',
            }),
            // Published marks outlive any redelivery of their file's message, then go.
            expect.objectContaining({ Prefix: 'published/', ExpirationInDays: 7, Status: 'Enabled' }),
          ],
        },
        LoggingConfiguration: { DestinationBucketName: { Ref: logsId }, LogFilePrefix: 'articles-bucket/' },
      },
    });
  });

  it('keeps the access logs in a private bucket of their own that expires them', () => {
    // Act
    const bucket = template.findResources('AWS::S3::Bucket')[logsId];

    // Assess
    expect(bucket).toMatchObject({ DeletionPolicy: 'Retain', Properties: PRIVATE });
    expect(bucket?.Properties.LifecycleConfiguration.Rules[0].ExpirationInDays).toBeGreaterThan(0);
  });

  it('keeps the web copies in a private, S3-encrypted bucket of their own, its access logged', () => {
    // Act
    const bucket = template.findResources('AWS::S3::Bucket')[webId];

    // Assess
    expect(webId).not.toBe(articlesId);
    expect(bucket).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        ...PRIVATE,
        LoggingConfiguration: { DestinationBucketName: { Ref: logsId }, LogFilePrefix: 'web-copy-bucket/' },
      },
    });
  });

  it("keeps CloudFront's logs in a private bucket that takes their ACL-granted delivery and expires them", () => {
    // Act
    const bucket = template.findResources('AWS::S3::Bucket')[webLogsId];

    // Assess: CloudFront's standard logs are written under an ACL grant, refused when ACLs are off.
    expect(bucket).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        ...PRIVATE,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
        LoggingConfiguration: { DestinationBucketName: { Ref: logsId } },
      },
    });
    expect(bucket?.Properties.LifecycleConfiguration.Rules[0].ExpirationInDays).toBeGreaterThan(0);
  });

  it.each([
    ['articles', articlesId],
    ['access logs', logsId],
    ['web copy', webId],
    ['web copy logs', webLogsId],
  ])('denies every request to the %s bucket that is not over TLS', (_name, bucketId) => {
    // Assess
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets S3 log delivery write only the articles bucket logs, by bucket policy rather than ACL', () => {
    // Assess
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: Match.objectLike({
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [articlesId, 'Arn'] } },
            }),
          }),
        ]),
      },
    });
  });
});
