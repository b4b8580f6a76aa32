import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildTestApp, cfnText, logicalId, roleStatements, type Statement } from './helpers-stack.js';

const { stack } = buildTestApp({ subscribersKey: 'lists/subscribers.txt' });
const template = Template.fromStack(stack);
const bucketArn = `<${logicalId(stack.storage.bucket)}.Arn>`;
const webArn = `<${logicalId(stack.storage.webBucket)}.Arn>`;
const ingestStatements = roleStatements(template, logicalId(stack.ingest.ingestFunction.role));
const newsletterStatements = roleStatements(template, logicalId(stack.newsletter.newsletterFunction.role));

/** The S3 actions a role is allowed on the objects under a prefix (or on one key) of a bucket. */
const objectActions = (statements: Statement[], objects: string, bucket = bucketArn): string[] =>
  statements
    .filter((s) => s.effect === 'Allow' && s.resources.includes(`${bucket}/${objects}`))
    .flatMap((s) => s.actions)
    .sort();

/** The object ARNs in a bucket a role may act on at all. */
const objectResources = (statements: Statement[], bucket = bucketArn): string[] =>
  [...new Set(statements.flatMap((s) => s.resources).filter((r) => r.startsWith(`${bucket}/`)))].sort();

const READ = ['s3:GetBucket*', 's3:GetObject*', 's3:List*'];
const PUT = [
  's3:Abort*',
  's3:PutObject',
  's3:PutObjectLegalHold',
  's3:PutObjectRetention',
  's3:PutObjectTagging',
  's3:PutObjectVersionTagging',
];
const READ_WRITE = [...READ, ...PUT].sort();

describe('permissions', () => {
  it('grants no action wildcard of a whole service and no resource wildcard in any role policy', () => {
    // Act
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (p) => p.Properties.PolicyDocument.Statement as Record<string, unknown>[],
    );
    const actions = statements.flatMap((s) => [s.Action].flat().map(cfnText));
    const resources = statements.flatMap((s) => [s.Resource].flat().map(cfnText));

    // Assess
    expect(policies.length).toBeGreaterThanOrEqual(3);
    expect(actions.filter((a) => a === '*' || a.endsWith(':*'))).toEqual([]);
    expect(resources.filter((r) => r === '*')).toEqual([]);
  });

  it('lets the ingest function read and delete inbox/, read, write and delete records/, and put processed/ and rejected/', () => {
    // Assess
    expect(objectResources(ingestStatements)).toEqual(
      ['inbox/*', 'processed/*', 'published/*', 'records/*', 'rejected/*'].map((p) => `${bucketArn}/${p}`),
    );
    expect(objectActions(ingestStatements, 'inbox/*')).toEqual(['s3:DeleteObject', ...READ].sort());
    expect(objectActions(ingestStatements, 'records/*')).toEqual(['s3:DeleteObject', ...READ_WRITE].sort());
    expect(objectActions(ingestStatements, 'published/*')).toEqual(READ);
    expect(objectActions(ingestStatements, 'processed/*')).toEqual(PUT.toSorted());
    expect(objectActions(ingestStatements, 'rejected/*')).toEqual(PUT.toSorted());
  });

  it('lets the newsletter function read and delete records/, read and write editions/ and sent/, read the subscribers file and opt-outs', () => {
    // Assess
    expect(objectResources(newsletterStatements)).toEqual(
      ['editions/*', 'lists/subscribers.txt', 'opt-outs/*', 'published/*', 'records/*', 'sent/*'].map(
        (p) => `${bucketArn}/${p}`,
      ),
    );
    expect(objectActions(newsletterStatements, 'records/*')).toEqual(['s3:DeleteObject', ...READ].sort());
    expect(objectActions(newsletterStatements, 'published/*')).toEqual(PUT.toSorted());
    expect(objectActions(newsletterStatements, 'editions/*')).toEqual(READ_WRITE);
    expect(objectActions(newsletterStatements, 'lists/subscribers.txt')).toEqual(READ);
    expect(objectActions(newsletterStatements, 'sent/*')).toEqual(['s3:DeleteObject', ...READ_WRITE].sort());
    expect(objectActions(newsletterStatements, 'opt-outs/*')).toEqual(READ);
  });

  it('lets the newsletter function put web pages and the index, and read back only the summaries, deleting nothing', () => {
    // Act
    const onWebBucket = newsletterStatements.filter((s) => s.resources.some((r) => r.startsWith(webArn)));

    // Assess
    expect(objectResources(newsletterStatements, webArn)).toEqual(
      ['editions/*', 'editions/*.json', 'index.html'].map((p) => `${webArn}/${p}`),
    );
    expect(objectActions(newsletterStatements, 'editions/*', webArn)).toEqual(PUT.toSorted());
    expect(objectActions(newsletterStatements, 'index.html', webArn)).toEqual(PUT.toSorted());
    expect(objectActions(newsletterStatements, 'editions/*.json', webArn)).toEqual(READ);
    expect(onWebBucket.flatMap((s) => s.actions).filter((a) => a.includes('Delete'))).toEqual([]);
    expect(objectResources(ingestStatements, webArn)).toEqual([]);
  });

  it('lets only the newsletter function send mail: raw messages, from the sender identity, through the configuration set', () => {
    // Act
    const ses = newsletterStatements.filter((s) => s.actions.some((a) => a.startsWith('ses:')));
    const account = 'arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>';

    // Assess
    expect(ses).toEqual([
      {
        effect: 'Allow',
        actions: ['ses:SendRawEmail'],
        resources: expect.arrayContaining([
          `${account}:identity/<${logicalId(stack.mail.identity)}>`,
          `${account}:configuration-set/<${logicalId(stack.mail.configurationSet)}>`,
        ]),
      },
    ]);
    expect(ses[0]?.resources).toHaveLength(2);
    expect(ingestStatements.flatMap((s) => s.actions).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });
});
