import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { INGEST_BATCH } from '../lambdas/config/env-names.js';
import { EXTRACT_DEADLINE_MS } from '../lambdas/core/limits.js';
import { buildTestApp, logicalId } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const queueId = logicalId(stack.ingest.queue);
const deadLetterId = logicalId(stack.ingest.deadLetterQueue);
const functionId = logicalId(stack.ingest.ingestFunction.function);

describe('ingest pipeline', () => {
  it('announces only objects created under inbox/ to the ingest queue', () => {
    // Act
    const notifications = Object.values(template.findResources('Custom::S3BucketNotifications'));

    // Assess
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.Properties).toMatchObject({
      BucketName: { Ref: logicalId(stack.storage.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbox/' }] } },
            QueueArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
          },
        ],
      },
    });
  });

  it('moves a message to the dead-letter queue after five receives, and keeps it there 14 days', () => {
    // Act
    const queues = template.findResources('AWS::SQS::Queue');

    // Assess
    expect(queues[queueId]?.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterId, 'Arn'] },
      maxReceiveCount: 5,
    });
    expect(queues[deadLetterId]?.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    for (const queue of Object.values(queues)) expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('hides a message in flight for at least six times the function timeout', () => {
    // Act
    const visibility = template.findResources('AWS::SQS::Queue')[queueId]?.Properties.VisibilityTimeout;
    const timeout = template.findResources('AWS::Lambda::Function')[functionId]?.Properties.Timeout;

    // Assess
    expect(timeout).toBe(300);
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('gives a full batch whose every file runs to the per-file deadline time to finish', () => {
    // Act
    const timeout = template.findResources('AWS::Lambda::Function')[functionId]?.Properties.Timeout;

    // Assess
    expect(timeout * 1000).toBeGreaterThan(INGEST_BATCH.size * EXTRACT_DEADLINE_MS);
  });

  it.each([
    ['ingest', queueId],
    ['dead-letter', deadLetterId],
  ])('refuses requests to the %s queue that are not over TLS', (_name, id) => {
    // Assess
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: id }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Deny',
            Action: 'sqs:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: { 'Fn::GetAtt': [id, 'Arn'] },
          },
        ]),
      },
    });
  });

  it('raises an alarm as soon as one message is visible in the dead-letter queue', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterId, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
      EvaluationPeriods: 1,
    });
  });

  it('feeds the ingest function batches of twenty, ten at a time, and lets it report the failed items', () => {
    // Assess
    template.resourcePropertiesCountIs('AWS::Lambda::EventSourceMapping', {}, 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: functionId },
      BatchSize: 20,
      MaximumBatchingWindowInSeconds: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });
});
