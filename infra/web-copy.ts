import { Duration, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { WEB_INDEX_KEY } from '../lambdas/core/web/web-copy-keys.js';
import { HSTS_SECONDS, WEB_COPY_CSP } from './web-copy-headers.js';
import type { WebDomain } from './web-domain-settings.js';

/** Settings of the web copies' distribution. */
export interface WebCopyProps {
  /** The private bucket the web copies are published in. */
  readonly bucket: Bucket;
  /** Where CloudFront writes its access logs. */
  readonly logBucket: Bucket;
  /** A custom domain, in place of the distribution's own name. */
  readonly domain?: WebDomain;
}

/**
 * Serves the editions' web copies over HTTPS: a CloudFront distribution reading the private web-copy
 * bucket through origin access control (the bucket stays closed to everyone else), with security
 * headers on every answer and caching as long as each object's Cache-Control says.
 */
export class WebCopy extends Construct {
  readonly distribution: Distribution;
  /** `https://` and the host readers reach the web copies at, with no trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebCopyProps) {
    super(scope, id);
    const { domain } = props;
    // Caching follows the Cache-Control the newsletter writes (a day for a page, minutes for the
    // index); the pages vary by nothing, so no query string, header or cookie is in the key.
    const cachePolicy = new CachePolicy(this, 'CachePolicy', {
      comment: 'Web copies: cached as long as their Cache-Control says',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.hours(1),
      maxTtl: Duration.days(365),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
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
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'News digest: web copies of the editions',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(props.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy,
        responseHeadersPolicy: headers,
        compress: true,
      },
      defaultRootObject: WEB_INDEX_KEY,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'web-copy/',
      ...(domain === undefined
        ? {}
        : {
            domainNames: [domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: SSLMethod.SNI,
          }),
    });
    this.url = `https://${domain?.name ?? this.distribution.distributionDomainName}`;
    acknowledgeDistribution(this.distribution, domain !== undefined);
  }
}

/** The CloudFront findings the distribution answers with reasons rather than settings. */
function acknowledgeDistribution(distribution: Distribution, customDomain: boolean): void {
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
