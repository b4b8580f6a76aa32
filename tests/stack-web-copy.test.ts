import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { ENV } from '../lambdas/config/env-names.js';
import { buildTestApp, cfnText, logicalId } from './helpers-stack.js';

const { stack } = buildTestApp();
const template = Template.fromStack(stack);
const distributionId = logicalId(stack.webCopy.distribution);
const webId = logicalId(stack.storage.webBucket);
const CUSTOM = {
  webDomainName: 'news.example.com',
  webCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f2e4a1c-1111-2222-3333-444455556666',
};

/** The distribution's configuration in a template. */
const configOf = (t: Template): Record<string, unknown> =>
  Object.values(t.findResources('AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;

/** The newsletter function's ARCHIVE_BASE_URL, as text. */
function linkBase(settings: Record<string, unknown>): string {
  const app = buildTestApp(settings);
  const fnId = logicalId(app.stack.newsletter.newsletterFunction.function);
  const fn = Template.fromStack(app.stack).findResources('AWS::Lambda::Function')[fnId];
  return cfnText(fn?.Properties.Environment.Variables[ENV.archiveBaseUrl]);
}

describe('web copy distribution', () => {
  it('reads the web-copy bucket, and only it, through origin access control', () => {
    // Act
    const [origin, ...others] = configOf(template).Origins as Record<string, unknown>[];

    // Assess
    expect(others).toEqual([]);
    expect(origin?.DomainName).toEqual({ 'Fn::GetAtt': [webId, 'RegionalDomainName'] });
    expect(origin?.OriginAccessControlId).toBeDefined();
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
  });

  it('lets only this distribution get objects of the web-copy bucket; the articles bucket grants CloudFront nothing', () => {
    // Act
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    const cloudFront = policies.flatMap((p) =>
      (p.Properties.PolicyDocument.Statement as Record<string, unknown>[])
        .filter((s) => JSON.stringify(s.Principal).includes('cloudfront'))
        .map((s) => ({ bucket: cfnText(p.Properties.Bucket), statement: s })),
    );

    // Assess
    expect(cloudFront).toHaveLength(1);
    expect(cloudFront[0]?.bucket).toBe(`<${webId}>`);
    expect(cloudFront[0]?.statement).toMatchObject({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Principal: { Service: 'cloudfront.amazonaws.com' },
    });
    expect(cfnText(cloudFront[0]?.statement.Condition)).toContain(distributionId);
  });

  it('answers over HTTPS only, GET and HEAD, the index at the root, logged to its own bucket', () => {
    // Act
    const config = configOf(template);

    // Assess
    expect(config).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] },
      Logging: { Bucket: { 'Fn::GetAtt': [logicalId(stack.storage.webLogsBucket), 'RegionalDomainName'] } },
    });
    expect(config).not.toHaveProperty('Aliases');
  });

  it('sends HSTS, nosniff, no framing and a content security policy without scripts', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63_072_000, Override: true }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp("^default-src 'none'; style-src 'unsafe-inline'"),
            Override: true,
          },
        },
      },
    });
  });

  it("caches as long as each object's Cache-Control says, keyed by the path alone", () => {
    // Assess
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        MinTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'none' },
          HeadersConfig: { HeaderBehavior: 'none' },
          CookiesConfig: { CookieBehavior: 'none' },
        }),
      }),
    });
  });

  it("outputs the web copies' address and has messages link the distribution's own name by default", () => {
    // Act
    const output = template.findOutputs('WebCopyUrl').WebCopyUrl;

    // Assess
    expect(cfnText(output?.Value)).toBe(`https://<${distributionId}.DomainName>/`);
    expect(linkBase({})).toBe(`https://<${distributionId}.DomainName>`);
  });

  it('serves a custom domain with its certificate, at TLS 1.2 or later, and messages link it', () => {
    // Act
    const custom = Template.fromStack(buildTestApp(CUSTOM).stack);

    // Assess
    expect(configOf(custom)).toMatchObject({
      Aliases: ['news.example.com'],
      ViewerCertificate: {
        AcmCertificateArn: CUSTOM.webCertificateArn,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      },
    });
    expect(custom.findOutputs('WebCopyUrl').WebCopyUrl?.Value).toBe('https://news.example.com/');
    expect(linkBase(CUSTOM)).toBe('https://news.example.com');
    expect(linkBase({ ...CUSTOM, archiveBaseUrl: 'https://cdn.example.org/digest' })).toBe(
      'https://cdn.example.org/digest',
    );
  });

  it('passes the AWS Solutions checks with a custom domain, where TLS needs no acknowledgement', () => {
    // Act
    const report = new AwsSolutionsChecks().validateScope(buildTestApp(CUSTOM).app);

    // Assess
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });
});
