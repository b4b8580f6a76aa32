import { Duration, Stack } from 'aws-cdk-lib';
import { PublicHostedZone, TxtRecord } from 'aws-cdk-lib/aws-route53';
import {
  type ConfigurationSet,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  Identity,
  MailFromBehaviorOnMxFailure,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import type { SenderDomainSettings } from './sender-settings.js';

/** A DNS record someone has to create by hand, as the stack prints it. */
export interface DnsRecord {
  /** What the record is for, naming the stack output that prints it (`Dns<id>`). */
  readonly id: string;
  readonly name: string;
  readonly type: 'CNAME' | 'MX' | 'TXT';
  readonly value: string;
}

/** A record as a zone file line would give it: name, type and value (TXT values quoted). */
export const dnsRecordText = (record: DnsRecord): string =>
  `${record.name} ${record.type} ${record.type === 'TXT' ? `"${record.value}"` : record.value}`;

/** The SPF policy of the MAIL FROM domain: only SES sends mail with it as its envelope sender. */
export const MAIL_FROM_SPF = 'v=spf1 include:amazonses.com ~all';

/**
 * The DMARC policy suggested for the sender domain: `p=none` only asks receivers to report, so a
 * record published before every other sender of the domain is authenticated rejects nothing.
 */
export const dmarcPolicy = (reportEmail?: string): string =>
  reportEmail === undefined ? 'v=DMARC1; p=none' : `v=DMARC1; p=none; rua=mailto:${reportEmail}`;

/**
 * The sender's domain as an SES identity that authenticates its mail: Easy DKIM (2048-bit keys
 * SES rotates itself) signs as the domain, and a custom MAIL FROM subdomain puts the domain in the
 * envelope sender that SPF checks, so both align with the From address for DMARC. With a Route 53
 * zone, the DKIM, MAIL FROM and (given a report address) DMARC records are written there; without
 * one, `manualRecords` lists what to create at the DNS provider.
 */
export class SenderDomain extends Construct {
  readonly identity: EmailIdentity;
  /** Records the stack cannot write, to be created by hand; empty when the zone holds them all. */
  readonly manualRecords: readonly DnsRecord[];

  constructor(
    scope: Construct,
    id: string,
    props: { readonly settings: SenderDomainSettings; readonly configurationSet: ConfigurationSet },
  ) {
    super(scope, id);
    const { domain, mailFromDomain, hostedZone, dmarcReportEmail } = props.settings;
    // Imported under the sender domain's name, which may be a subdomain of the zone:
    // Identity.publicHostedZone takes the identity's domain from the zone's name, and every record
    // written for it is named in full, so each still lands in the real zone under the right name.
    const zone =
      hostedZone === undefined
        ? undefined
        : PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', {
            hostedZoneId: hostedZone.id,
            zoneName: domain,
          });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: zone === undefined ? Identity.domain(domain) : Identity.publicHostedZone(zone),
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain,
      // Should the MX record go missing, mail still leaves, with SES's own MAIL FROM (SPF then
      // passes for amazonses.com, unaligned, and DKIM alone carries DMARC).
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
      configurationSet: props.configurationSet,
    });

    const dmarc: DnsRecord = {
      id: 'Dmarc',
      name: `_dmarc.${domain}`,
      type: 'TXT',
      value: dmarcPolicy(dmarcReportEmail),
    };
    // A DMARC policy covers all mail of the domain, not only this newsletter's, so it is written
    // only when asked for with a report address; otherwise it is suggested.
    if (zone !== undefined && dmarcReportEmail !== undefined) {
      new TxtRecord(this, 'Dmarc', {
        zone,
        recordName: `${dmarc.name}.`,
        values: [dmarc.value],
        ttl: Duration.hours(1),
      });
    }
    const created = zone !== undefined && dmarcReportEmail !== undefined;
    const dkim = this.identity.dkimRecords.map(
      (record, i): DnsRecord => ({
        id: `DkimCname${i + 1}`,
        name: record.name,
        type: 'CNAME',
        value: record.value,
      }),
    );
    const mailFrom: DnsRecord[] = [
      {
        id: 'MailFromMx',
        name: mailFromDomain,
        type: 'MX',
        value: `10 feedback-smtp.${Stack.of(this).region}.amazonses.com`,
      },
      { id: 'MailFromSpf', name: mailFromDomain, type: 'TXT', value: MAIL_FROM_SPF },
    ];
    this.manualRecords = [...(zone === undefined ? [...dkim, ...mailFrom] : []), ...(created ? [] : [dmarc])];
  }
}
