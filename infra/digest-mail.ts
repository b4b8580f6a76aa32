import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { type DnsRecord, SenderDomain } from './sender-domain.js';
import type { SenderDomainSettings } from './sender-settings.js';

/** Settings of the mail construct. */
export interface DigestMailProps {
  /** The address the newsletter is sent from; SES mails it a verification link on deploy. */
  readonly senderEmail: string;
  /** The sender's domain: when given, it is the identity instead of the single address. */
  readonly senderDomain?: SenderDomainSettings;
}

/**
 * SES for the newsletter: the sender identity (the sender's domain, authenticated, or for a trial
 * the sender address alone) and a configuration set that suppresses bad addresses.
 */
export class DigestMail extends Construct {
  readonly identity: EmailIdentity;
  /** DNS records of the sender domain to create by hand (none without a sender domain). */
  readonly manualDnsRecords: readonly DnsRecord[];
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
    const domain =
      props.senderDomain === undefined
        ? undefined
        : new SenderDomain(this, 'SenderDomain', {
            settings: props.senderDomain,
            configurationSet: this.configurationSet,
          });
    this.identity =
      domain?.identity ??
      new EmailIdentity(this, 'SenderIdentity', {
        identity: Identity.email(props.senderEmail),
        // Mail sent without naming a configuration set still gets the suppression.
        configurationSet: this.configurationSet,
      });
    this.manualDnsRecords = domain?.manualRecords ?? [];
  }

  /**
   * Allows sending raw MIME messages (which carry the List-Unsubscribe headers) from the sender
   * identity (the domain's or the address's) through the configuration set, and nothing else:
   * `grantSendEmail` would add SendEmail.
   */
  sendRawEmailStatement(): PolicyStatement {
    return new PolicyStatement({
      actions: ['ses:SendRawEmail'],
      resources: [this.identity.emailIdentityArn, this.configurationSetArn],
    });
  }
}
