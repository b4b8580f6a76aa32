import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../lambdas/config/env-names.js';
import { buildTestApp, logicalId } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const functionId = logicalId(stack.newsletter.newsletterFunction.function);
const configurationSetId = logicalId(stack.mail.configurationSet);

const environmentOf = (t: Template, id: string): Record<string, unknown> =>
  t.findResources('AWS::Lambda::Function')[id]?.Properties.Environment.Variables;

describe('newsletter sender', () => {
  it('runs the newsletter function on the default schedule, retrying twice within two hours', () => {
    // Assess
    expect(
      Object.keys(
        template.findResources('AWS::Events::Rule', { Properties: { ScheduleExpression: Match.anyValue() } }),
      ),
    ).toHaveLength(1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          Id: Match.anyValue(),
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack.alarms.failureQueue), 'Arn'] } },
        },
      ],
    });
  });

  it('uses the schedule given at synth', () => {
    // Act
    const custom = Template.fromStack(buildTestApp({ schedule: 'rate(12 hours)' }).stack);

    // Assess
    custom.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(12 hours)' });
  });

  it('verifies the sender address in SES and sends through a configuration set that suppresses bounces and complaints', () => {
    // Assess
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'digest@example.com',
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSetId } },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('gives the function its settings under the shared environment names, optional ones only when set', () => {
    // Act
    const environment = environmentOf(template, functionId);

    // Assess
    expect(environment).toMatchObject({
      [ENV.bucketName]: { Ref: logicalId(stack.storage.bucket) },
      [ENV.senderEmail]: 'digest@example.com',
      [ENV.recipients]: 'reader@example.com',
      [ENV.sendRate]: '1',
      [ENV.configurationSet]: { Ref: configurationSetId },
      [ENV.unsubscribeUrl]: {
        'Fn::GetAtt': [logicalId(stack.unsubscribe.url), 'FunctionUrl'],
      },
      [ENV.listId]: 'news-digest',
      [ENV.postalAddress]: 'News Digest, 1 Example Street, Springfield, ST 00000, USA',
    });
    expect(environment).not.toHaveProperty(ENV.unsubscribeMailto);
    expect(environment).not.toHaveProperty(ENV.subscribersKey);
    // The web copies' own address, so the links work on a fresh deploy without any setting.
    expect(environment?.[ENV.archiveBaseUrl]).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.webCopy.distribution), 'DomainName'] }]],
    });
    expect(environment?.[ENV.webBucketName]).toEqual({ Ref: logicalId(stack.storage.webBucket) });
    expect(environment).not.toHaveProperty(ENV.templatesDir);
  });

  it('gives the function the ARN of the generated secret key and read access to it, never its value', () => {
    // Prepare
    const secretId = logicalId(stack.subscriberKey.secret);

    // Act
    const environment = environmentOf(template, functionId);

    // Assess
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    expect(environment[ENV.recipientIdKeySecretArn]).toEqual({ Ref: secretId });
    expect(environment).not.toHaveProperty(ENV.recipientIdKey);
    expect(JSON.stringify(template.toJSON())).not.toContain('resolve:secretsmanager');
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalId(stack.newsletter.newsletterFunction.role) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
            Resource: { Ref: secretId },
          }),
        ]),
      },
    });
  });

  it('passes a subscribers file and an archive address instead when they are given', () => {
    // Prepare
    const app = buildTestApp({
      recipients: '',
      subscribersKey: 'lists/subscribers.txt',
      archiveBaseUrl: 'https://news.example.com/archive',
      sendRate: '14',
    });

    // Act
    const environment = environmentOf(Template.fromStack(app.stack), functionId);

    // Assess
    expect(environment).toMatchObject({
      [ENV.subscribersKey]: 'lists/subscribers.txt',
      [ENV.archiveBaseUrl]: 'https://news.example.com/archive',
      [ENV.sendRate]: '14',
    });
    expect(environment).not.toHaveProperty(ENV.recipients);
  });
});
