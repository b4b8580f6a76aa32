import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { NEWSLETTER_MEMORY_MB } from '../infra/newsletter-sender.js';
import { ENV } from '../lambdas/config/env-names.js';
import { buildTestApp, logicalId, roleStatements } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const functions = template.findResources('AWS::Lambda::Function');
const digestFunctions = [
  { name: 'ingest', construct: stack.ingest.ingestFunction, memory: 1024, timeout: 300 },
  {
    name: 'newsletter',
    construct: stack.newsletter.newsletterFunction,
    memory: NEWSLETTER_MEMORY_MB,
    timeout: 900,
  },
];

describe.each(digestFunctions)('the $name function', ({ construct, memory, timeout }) => {
  const properties = functions[logicalId(construct.function)]?.Properties;

  it('runs on Node.js 24 on ARM with its own memory and timeout', () => {
    // Assess
    expect(properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: memory,
      Timeout: timeout,
    });
  });

  it('logs to its own log group, kept for a month', () => {
    // Act
    const logGroupId = logicalId(construct.logGroup);

    // Assess
    expect(properties.LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
    expect(template.findResources('AWS::Logs::LogGroup')[logGroupId]?.Properties).toEqual({
      RetentionInDays: 30,
    });
  });

  it('sets the Powertools service and log level, and source-mapped stack traces', () => {
    // Assess
    expect(properties.Environment.Variables).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'news-digest',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
      [ENV.bucketName]: { Ref: logicalId(stack.storage.bucket) },
    });
  });

  it('runs as a role with no managed policy, allowed to write its own logs only', () => {
    // Act
    const roleId = logicalId(construct.role);
    const role = template.findResources('AWS::IAM::Role')[roleId];
    const logStatements = roleStatements(template, roleId).filter((s) =>
      s.actions.some((a) => a.startsWith('logs:')),
    );

    // Assess
    expect(properties.Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
    expect(logStatements).toEqual([
      {
        effect: 'Allow',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`<${logicalId(construct.logGroup)}.Arn>`],
      },
    ]);
  });
});

describe('the ingest function', () => {
  it('is told the size limit', () => {
    // Act
    const environment =
      functions[logicalId(stack.ingest.ingestFunction.function)]?.Properties.Environment.Variables;

    // Assess
    expect(environment[ENV.maxBytes]).toBe('5242880');
    expect(Template.fromStack(buildTestApp({ maxBytes: '1000' }).stack).toJSON()).toMatchObject({
      Resources: {
        [logicalId(stack.ingest.ingestFunction.function)]: {
          Properties: { Environment: { Variables: { [ENV.maxBytes]: '1000' } } },
        },
      },
    });
  });
});
