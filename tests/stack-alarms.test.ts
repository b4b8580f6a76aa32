import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildTestApp, logicalId, roleStatements } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const topicId = logicalId(stack.alarms.topic);
const failureQueueId = logicalId(stack.alarms.failureQueue);
const failureQueueArn = { 'Fn::GetAtt': [failureQueueId, 'Arn'] };
const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as {
  Properties: Record<string, unknown>;
}[];

describe('alarms', () => {
  it('all notify the alarm topic, which takes only TLS publishers', () => {
    // Assess
    expect(alarms).toHaveLength(6);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
      Topics: [{ Ref: topicId }],
    });
  });

  it('include the ingest dead-letter queue and an edition over capacity', () => {
    // Act
    const wired = [stack.ingest.deadLetterAlarm, stack.newsletter.overCapacityAlarm];

    // Assess
    for (const alarm of wired) expect(stack.alarms.alarms).toContain(alarm);
  });

  it('fire on the first error of the newsletter function', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: logicalId(stack.newsletter.newsletterFunction.function) } },
      ],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it.each([
    ['Reputation.BounceRate', 0.05],
    ['Reputation.ComplaintRate', 0.001],
  ])('fire when the SES account’s %s reaches %s, where SES reviews accounts', (metricName, threshold) => {
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: metricName,
      Dimensions: Match.absent(),
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fire as soon as one message waits in the failure queue', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [failureQueueId, 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('mail the alarm address only when one is given', () => {
    // Act
    const withEmail = Template.fromStack(buildTestApp({ alarmEmail: 'ops@example.com' }).stack);

    // Assess
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
      TopicArn: { Ref: topicId },
    });
  });

  it('print the topic ARN', () => {
    // Assess
    template.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
  });
});

describe('the failure queue', () => {
  it('keeps, for 14 days and encrypted, what the schedule could not deliver and the runs Lambda gave up on', () => {
    // Prepare
    const functionId = logicalId(stack.newsletter.newsletterFunction.function);

    // Assess
    template.hasResourceProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: 1_209_600,
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: Match.anyValue(),
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: failureQueueArn } })],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: failureQueueArn } },
    });
  });

  it('takes messages from the schedule rule by its ARN, and from the newsletter function’s role', () => {
    // Prepare
    const ruleArn = { 'Fn::GetAtt': [logicalId(stack.newsletter.schedule), 'Arn'] };
    const statements = roleStatements(template, logicalId(stack.newsletter.newsletterFunction.role));

    // Assess
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'sqs:SendMessage',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
            Resource: failureQueueArn,
          }),
        ]),
      },
    });
    expect(statements.filter((s) => s.actions.includes('sqs:SendMessage'))).toEqual([
      expect.objectContaining({ resources: [`<${failureQueueId}.Arn>`] }),
    ]);
  });
});
