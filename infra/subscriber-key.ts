import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * The deployment's secret key: readers' ids (in logs, reports and opt-outs) and the tokens of their
 * unsubscribe links are HMACs under it. Secrets Manager generates it once, so no one can guess it;
 * the functions read it at cold start.
 */
export class SubscriberKey extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Key of the HMACs naming newsletter readers and signing their unsubscribe links',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Kept like the bucket it guards: a new key would void every link mailed and every opt-out.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the key would void every unsubscribe link already mailed and orphan every recorded opt-out (both are HMACs under it); it never leaves Secrets Manager and the functions that read it.',
    });
  }
}
