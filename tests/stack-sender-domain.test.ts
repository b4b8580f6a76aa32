import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildTestApp, cfnText, logicalId, roleStatements } from './helpers-stack.js';

const DOMAIN = { senderEmail: 'digest@news.example.com', senderDomain: 'news.example.com' };
const ZONE = { hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'example.com' };

/** The stack's outputs that print a DNS record to create, by name, as text. */
function dnsOutputs(template: Template): Record<string, string> {
  const outputs = template.findOutputs('*') as Record<string, { Value: unknown }>;
  return Object.fromEntries(
    Object.entries(outputs)
      .filter(([name]) => name.startsWith('Dns'))
      .map(([name, output]) => [name, cfnText(output.Value)]),
  );
}

/** The Route 53 records the stack writes, as `name type value` text. */
function records(template: Template): string[] {
  const sets = Object.values(template.findResources('AWS::Route53::RecordSet')) as {
    Properties: { Name: unknown; Type: string; ResourceRecords: unknown[]; HostedZoneId: string };
  }[];
  return sets.map(
    ({ Properties: p }) =>
      `${p.HostedZoneId} ${cfnText(p.Name)} ${p.Type} ${p.ResourceRecords.map(cfnText).join(' ')}`,
  );
}

describe('the sender identity', () => {
  it('is the sender address alone without senderDomain, with no DNS record to create', () => {
    // Act
    const template = Template.fromStack(buildTestApp().stack);

    // Assess
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'digest@example.com',
      MailFromAttributes: Match.absent(),
    });
    template.resourceCountIs('AWS::Route53::RecordSet', 0);
    expect(dnsOutputs(template)).toEqual({});
  });

  it('is the sender domain with 2048-bit Easy DKIM and a MAIL FROM subdomain that falls back on MX failure', () => {
    // Act
    const template = Template.fromStack(buildTestApp(DOMAIN).stack);

    // Assess
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'news.example.com',
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: {
        MailFromDomain: 'mail.news.example.com',
        BehaviorOnMxFailure: 'USE_DEFAULT_VALUE',
      },
    });
  });

  it('lets the newsletter send raw mail from the domain identity through the configuration set', () => {
    // Prepare
    const { stack } = buildTestApp(DOMAIN);
    const account = 'arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>';

    // Act
    const statements = roleStatements(
      Template.fromStack(stack),
      logicalId(stack.newsletter.newsletterFunction.role),
    ).filter((s) => s.actions.some((a) => a.startsWith('ses:')));

    // Assess
    expect(statements.map((s) => ({ ...s, resources: s.resources.sort() }))).toEqual([
      {
        effect: 'Allow',
        actions: ['ses:SendRawEmail'],
        resources: [
          `${account}:configuration-set/<${logicalId(stack.mail.configurationSet)}>`,
          `${account}:identity/<${logicalId(stack.mail.identity)}>`,
        ],
      },
    ]);
  });
});

describe('the sender domain’s DNS records', () => {
  it('are printed without a hosted zone: three DKIM CNAMEs, the MAIL FROM MX and SPF, a DMARC policy', () => {
    // Act
    const template = Template.fromStack(
      buildTestApp({ ...DOMAIN, dmarcReportEmail: 'dmarc@example.com' }).stack,
    );

    // Assess
    const identity = 'MailSenderDomainIdentity16759AC3';
    expect(dnsOutputs(template)).toEqual({
      DnsDkimCname1: `<${identity}.DkimDNSTokenName1> CNAME <${identity}.DkimDNSTokenValue1>`,
      DnsDkimCname2: `<${identity}.DkimDNSTokenName2> CNAME <${identity}.DkimDNSTokenValue2>`,
      DnsDkimCname3: `<${identity}.DkimDNSTokenName3> CNAME <${identity}.DkimDNSTokenValue3>`,
      DnsMailFromMx: 'mail.news.example.com MX 10 feedback-smtp.<AWS::Region>.amazonses.com',
      DnsMailFromSpf: 'mail.news.example.com TXT "v=spf1 include:amazonses.com ~all"',
      DnsDmarc: '_dmarc.news.example.com TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"',
    });
    template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });

  it('are written to the hosted zone, even when the domain is a subdomain of it', () => {
    // Prepare
    const { stack } = buildTestApp({ ...DOMAIN, ...ZONE, dmarcReportEmail: 'dmarc@example.com' });
    const identity = logicalId(stack.mail.identity);

    // Act
    const template = Template.fromStack(stack);

    // Assess
    expect(records(template).sort()).toEqual(
      [
        ...[1, 2, 3].map(
          (n) =>
            `Z0123456789ABC <${identity}.DkimDNSTokenName${n}> CNAME <${identity}.DkimDNSTokenValue${n}>`,
        ),
        'Z0123456789ABC mail.news.example.com. MX 10 feedback-smtp.<AWS::Region>.amazonses.com',
        'Z0123456789ABC mail.news.example.com. TXT "v=spf1 include:amazonses.com ~all"',
        'Z0123456789ABC _dmarc.news.example.com. TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"',
      ].sort(),
    );
    expect(dnsOutputs(template)).toEqual({});
  });

  it('leave DMARC to the owner without a report address: suggested, not written', () => {
    // Act
    const template = Template.fromStack(buildTestApp({ ...DOMAIN, ...ZONE }).stack);

    // Assess
    expect(records(template).filter((r) => r.includes('_dmarc'))).toEqual([]);
    expect(records(template)).toHaveLength(5);
    expect(dnsOutputs(template)).toEqual({ DnsDmarc: '_dmarc.news.example.com TXT "v=DMARC1; p=none"' });
  });

  it('pass the cdk-nag checks with a zone, DMARC and an alarm address', () => {
    // Prepare
    const { app } = buildTestApp({
      ...DOMAIN,
      ...ZONE,
      dmarcReportEmail: 'dmarc@example.com',
      alarmEmail: 'ops@example.com',
    });

    // Act
    const report = new AwsSolutionsChecks().validateScope(app);

    // Assess
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });
});
