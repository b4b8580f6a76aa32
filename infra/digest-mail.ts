import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

/** Settings of the mail construct. */
export interface DigestMailProps {
  /** The address the newsletter is sent from; SES mails it a verification link on deploy. */
  readonly senderEmail: string;
}

/** SES for the newsletter: the sender identity and a configuration set that suppresses bad addresses. */
export class DigestMail extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  /** ARN of `configurationSet`, which the construct does not expose. */
  readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: DigestMailProps) {
    super(scope, id);
    // Addresses that bounced or complained are not mailed again: repeated bounces and complaints
    // get an SES account reviewed, then paused.
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    this.identity = new EmailIdentity(this, 'SenderIdentity', {
      identity: Identity.email(props.senderEmail),
      // Mail sent without naming a configuration set still gets the suppression.
      configurationSet: this.configurationSet,
    });
  }

  /**
   * Allows sending raw MIME messages (which carry the List-Unsubscribe headers) from the sender
   * identity through the configuration set, and nothing else: `grantSendEmail` would add SendEmail.
   */
  sendRawEmailStatement(): PolicyStatement {
    return new PolicyStatement({
      actions: ['ses:SendRawEmail'],
      resources: [this.identity.emailIdentityArn, this.configurationSetArn],
    });
  }
}
