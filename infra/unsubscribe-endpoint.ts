import { Duration } from 'aws-cdk-lib';
import { type FunctionUrl, FunctionUrlAuthType, InvokeMode } from 'aws-cdk-lib/aws-lambda';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ENV, PREFIX } from '../lambdas/config/env-names.js';
import type { DeploySettings } from './deploy-settings.js';
import { DigestFunction } from './digest-function.js';
import { acknowledgePrefixGrants, deleteObjects } from './nag-acknowledgements.js';
import { handlerEntry } from './project-paths.js';

/** Settings of the unsubscribe endpoint. */
export interface UnsubscribeEndpointProps {
  readonly bucket: Bucket;
  readonly subscriberKey: Secret;
  readonly settings: Pick<DeploySettings, 'listName' | 'listId' | 'unsubscribeConcurrency'>;
}

/**
 * The one-click unsubscribe endpoint (RFC 8058) the emails link to: a Lambda function URL that
 * records opt-outs under `opt-outs/`, which the next send reads. Public by design: mail clients
 * POST to it without credentials; what guards it is the HMAC token in each link.
 */
export class UnsubscribeEndpoint extends Construct {
  readonly unsubscribeFunction: DigestFunction;
  readonly url: FunctionUrl;

  constructor(scope: Construct, id: string, props: UnsubscribeEndpointProps) {
    super(scope, id);
    const { bucket, subscriberKey, settings } = props;
    this.unsubscribeFunction = new DigestFunction(this, 'Unsubscribe', {
      entry: handlerEntry('unsubscribe-handler.ts'),
      description: 'Records one-click unsubscribes and serves the confirm page of the emails links',
      memorySize: 256,
      timeout: Duration.seconds(10),
      // Caps what a flood of requests to the public URL can take from the account's concurrency.
      // Optional: an account still at the default limit of 10 cannot set any aside.
      ...(settings.unsubscribeConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: settings.unsubscribeConcurrency }),
      environment: {
        [ENV.bucketName]: bucket.bucketName,
        [ENV.listName]: settings.listName,
        [ENV.listId]: settings.listId,
        [ENV.recipientIdKeySecretArn]: subscriberKey.secretArn,
      },
    });
    const fn = this.unsubscribeFunction.function;
    // Writes only: the function never reads or lists the bucket, so a flaw in it cannot reveal keys.
    bucket.grantPut(fn, `${PREFIX.optOuts}*`);
    // Subscribing again removes the opt-out; plain deletes only.
    fn.addToRolePolicy(deleteObjects(bucket, PREFIX.optOuts));
    subscriberKey.grantRead(fn);
    acknowledgePrefixGrants(this.unsubscribeFunction.role, bucket, [PREFIX.optOuts], ['Action::s3:Abort*']);

    this.url = fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE, invokeMode: InvokeMode.BUFFERED });
  }
}
