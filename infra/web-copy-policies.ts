import { Duration, Validations } from 'aws-cdk-lib';
import {
  CachePolicy,
  CacheQueryStringBehavior,
  type Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { HSTS_SECONDS, WEB_COPY_CSP } from './web-copy-headers.js';

/** How the distribution caches the web copies, and the security headers it adds to every answer. */
export function webCopyPolicies(scope: Construct): {
  readonly cachePolicy: CachePolicy;
  readonly headers: ResponseHeadersPolicy;
} {
  // Caching follows the Cache-Control the newsletter writes (a day for a page, minutes for the
  // index); the pages vary by nothing, so no query string, header or cookie is in the key.
  const cachePolicy = new CachePolicy(scope, 'CachePolicy', {
    comment: 'Web copies: cached as long as their Cache-Control says',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.hours(1),
    maxTtl: Duration.days(365),
    queryStringBehavior: CacheQueryStringBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
  const headers = new ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'Web copies: HSTS, no sniffing, no framing, a policy for inline-styled pages without script',
    securityHeadersBehavior: {
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(HSTS_SECONDS),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
      contentSecurityPolicy: { contentSecurityPolicy: WEB_COPY_CSP, override: true },
    },
  });
  return { cachePolicy, headers };
}

/** The CloudFront findings the distribution answers with reasons rather than settings. */
export function acknowledgeDistribution(distribution: Distribution, customDomain: boolean): void {
  Validations.of(distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'The web copies are the newsletter every subscriber gets, read wherever subscribers are: no country is to be kept out.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'The distribution serves static pages from a private bucket, cached, for GET and HEAD only: there is no application behind it for a web application firewall to protect, and CloudFront absorbs request floods itself (AWS Shield Standard).',
    },
  );
  if (customDomain) return;
  Validations.of(distribution).acknowledge({
    id: 'AwsSolutions-CFR4',
    reason:
      "Without webDomainName and webCertificateArn the pages are served at the distribution's own *.cloudfront.net name, whose certificate is CloudFront's default one; CloudFront then fixes the security policy itself and no minimum TLS version can be set. With a custom domain the distribution requires TLSv1.2_2021.",
  });
}
