import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../lambdas/config/env-names.js';
import { buildTestApp, logicalId } from './helpers-stack.js';

const { stack } = buildTestApp({ listName: 'Morning Brief', listId: 'morning-brief' });
const template = Template.fromStack(stack);
const endpoint = stack.unsubscribe;
const functionId = logicalId(endpoint.unsubscribeFunction.function);

describe('unsubscribe endpoint', () => {
  it('is a public function URL (mail clients POST without credentials) in front of the unsubscribe function', () => {
    // Assess
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      InvokeMode: 'BUFFERED',
      TargetFunctionArn: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
    template.hasOutput('UnsubscribeUrl', {
      Value: { 'Fn::GetAtt': [logicalId(endpoint.url), 'FunctionUrl'] },
      Description: Match.stringLikeRegexp('unsubscribe endpoint'),
    });
  });

  it('gives the function the bucket, the list name and the ARN of the secret key, never the key', () => {
    // Act
    const variables = template.findResources('AWS::Lambda::Function')[functionId]?.Properties.Environment
      .Variables as Record<string, unknown>;

    // Assess
    expect(variables).toMatchObject({
      [ENV.bucketName]: { Ref: logicalId(stack.storage.bucket) },
      [ENV.listName]: 'Morning Brief',
      [ENV.listId]: 'morning-brief',
      [ENV.recipientIdKeySecretArn]: { Ref: logicalId(stack.subscriberKey.secret) },
    });
    expect(variables).not.toHaveProperty(ENV.recipientIdKey);
  });

  it('keeps the secret key when the stack is deleted or the secret replaced, like the bucket', () => {
    // Assess
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('sets concurrency aside for the function only when asked', () => {
    // Act
    const capped = Template.fromStack(buildTestApp({ unsubscribeConcurrency: '5' }).stack);

    // Assess
    expect(JSON.stringify(template.toJSON())).not.toContain('ReservedConcurrentExecutions');
    capped.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 5,
      Environment: { Variables: Match.objectLike({ [ENV.listId]: 'news-digest' }) },
    });
  });

  it('lets the function write and delete opt-outs only, never read or list the bucket, and read the secret key', () => {
    // Act
    const policy = Object.values(template.findResources('AWS::IAM::Policy')).find((p) =>
      JSON.stringify(p.Properties.Roles).includes(logicalId(endpoint.unsubscribeFunction.role)),
    );
    const statements = JSON.stringify(policy?.Properties.PolicyDocument.Statement);

    // Assess
    expect(statements).toContain('/opt-outs/*');
    expect(statements).not.toMatch(/s3:GetObject|s3:List|s3:GetBucket/u);
    for (const prefix of ['records/', 'sent/', 'inbox/', 'editions/', 'archive/'])
      expect(statements).not.toContain(prefix);
    expect(statements).toContain('secretsmanager:GetSecretValue');
    expect(statements).not.toMatch(/"Resource":"\*"|"s3:\*"/u);
  });
});
