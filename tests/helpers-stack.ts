import { type AppProps, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { buildDigestApp, type DigestApp } from '../infra/digest-app.js';

/** The settings `npm run synth` passes, as CDK context. */
export const SYNTH_SETTINGS = {
  senderEmail: 'digest@example.com',
  recipients: 'reader@example.com',
  postalAddress: 'News Digest, 1 Example Street, Springfield, ST 00000, USA',
} as const;

/** App options that keep a test synth quick: no esbuild bundling, no CloudFormation validation. */
export const FAST_APP: AppProps = {
  builtinCloudFormationValidation: false,
  context: { 'aws:cdk:bundling-stacks': [] },
};

/** Builds the app as `cdk synth` would, without bundling; `settings` replace or add to `SYNTH_SETTINGS`. */
export function buildTestApp(settings: Record<string, unknown> = {}): DigestApp {
  return buildDigestApp({
    ...FAST_APP,
    context: { ...FAST_APP.context, ...SYNTH_SETTINGS, ...settings },
  });
}

/** The synthesized template of the stack built with `buildTestApp`. */
export const testTemplate = (settings: Record<string, unknown> = {}): Template =>
  Template.fromStack(buildTestApp(settings).stack);

/**
 * A CloudFormation value as text, with references written `<LogicalId>` and attributes
 * `<LogicalId.Attr>`, so ARNs built with Fn::Join can be compared to strings.
 */
export function cfnText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  const record = value as Record<string, unknown>;
  if ('Ref' in record) return `<${String(record.Ref)}>`;
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return `<${getAtt.join('.')}>`;
  const join = record['Fn::Join'];
  if (Array.isArray(join)) {
    const [separator, parts] = join as [string, unknown[]];
    return parts.map(cfnText).join(separator);
  }
  return JSON.stringify(value);
}

/** One statement of an IAM policy document, its actions and resources always as lists of text. */
export interface Statement {
  readonly effect: string;
  readonly actions: string[];
  readonly resources: string[];
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** The statements of the identity policies attached to a role, found by the role's logical ID. */
export function roleStatements(template: Template, roleId: string): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as {
    Properties: { Roles: unknown[]; PolicyDocument: { Statement: Record<string, unknown>[] } };
  }[];
  return policies
    .filter((policy) => policy.Properties.Roles.some((role) => cfnText(role) === `<${roleId}>`))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .map((statement) => ({
      effect: String(statement.Effect),
      actions: asList(statement.Action).map(cfnText),
      resources: asList(statement.Resource).map(cfnText),
    }));
}

/** The logical ID of a construct's CloudFormation resource (a role's, a bucket's, a function's). */
export const logicalId = (construct: IConstruct): string =>
  Stack.of(construct).resolve((construct.node.defaultChild as CfnElement).logicalId) as string;
