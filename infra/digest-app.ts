import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeploySettings } from './deploy-settings.js';
import { FEATURE_FLAGS } from './feature-flags.js';
import { NewsDigestStack } from './news-digest-stack.js';

/** The stack's name in CloudFormation. */
export const STACK_NAME = 'NewsDigest';

/** The CDK app and its one stack. */
export interface DigestApp {
  readonly app: App;
  readonly stack: NewsDigestStack;
}

/**
 * Builds the news digest app: reads the deploy settings from the app's context, adds the stack, and
 * has cdk-nag's AWS Solutions checks run on every synth (a finding fails it).
 *
 * @param props App properties; `context` holds the settings (the CLI's `-c` values are added to it).
 * @throws InvalidSettingError when a setting is missing or malformed.
 */
export function buildDigestApp(props: AppProps = {}): DigestApp {
  const app = new App({ ...props, context: { ...FEATURE_FLAGS, ...props.context } });
  const settings = readDeploySettings((key) => app.node.tryGetContext(key));
  const stack = new NewsDigestStack(app, STACK_NAME, {
    settings,
    description: 'News digest: article files in S3 become a daily newsletter sent through SES',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
