import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildTestApp, logicalId, roleStatements } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const { eventsFunction, rule } = stack.mailEvents;
const functionId = logicalId(eventsFunction.function);
const failureQueueArn = { 'Fn::GetAtt': [logicalId(stack.alarms.failureQueue), 'Arn'] };

describe('mail events', () => {
  it('are published by the configuration set to the default event bus: sent, delivered, delayed, bounced, complained, rejected, unrendered', () => {
    // Assess
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: logicalId(stack.mail.configurationSet) },
      EventDestination: {
        Enabled: true,
        EventBridgeDestination: {
          EventBusArn: {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':events:',
                { Ref: 'AWS::Region' },
                ':',
                { Ref: 'AWS::AccountId' },
                ':event-bus/default',
              ],
            ],
          },
        },
        MatchingEventTypes: Match.arrayEquals(
          ['send', 'delivery', 'deliveryDelay', 'bounce', 'complaint', 'reject', 'renderingFailure'].map(
            (e) => Match.exact(e),
          ),
        ),
      },
    });
  });

  it('of this configuration set only are handed to the mail events function, retried, then kept in the failure queue', () => {
    // Assess
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: 'default',
      EventPattern: {
        source: ['aws.ses'],
        detail: {
          mail: { tags: { 'ses:configuration-set': [{ Ref: logicalId(stack.mail.configurationSet) }] } },
        },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          DeadLetterConfig: { Arn: failureQueueArn },
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86_400 },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      DestinationConfig: { OnFailure: { Destination: failureQueueArn } },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(rule), 'Arn'] },
    });
  });

  it('are logged by a small Node 24 function whose logs are kept three months and printed among the outputs', () => {
    // Prepare
    const logGroupId = logicalId(eventsFunction.logGroup);

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 256,
      Timeout: 10,
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
    expect(template.findResources('AWS::Logs::LogGroup')[logGroupId]?.Properties).toEqual({
      RetentionInDays: 90,
    });
    template.hasOutput('MailEventsLogGroup', { Value: { Ref: logGroupId } });
  });

  it('leave the function allowed to write its logs and to the failure queue, nothing else', () => {
    // Act
    const statements = roleStatements(template, logicalId(eventsFunction.role));

    // Assess
    expect(statements.flatMap((s) => s.resources).sort()).toEqual(
      [`<${logicalId(eventsFunction.logGroup)}.Arn>`, `<${logicalId(stack.alarms.failureQueue)}.Arn>`].sort(),
    );
    expect(statements.flatMap((s) => s.actions).filter((a) => !/^(logs|sqs):/u.test(a))).toEqual([]);
  });
});
