import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  Distribution,
  HttpVersion,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { WEB_INDEX_KEY } from '../lambdas/core/web/web-copy-keys.js';
import { acknowledgeDistribution, webCopyPolicies } from './web-copy-policies.js';
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
    const { cachePolicy, headers } = webCopyPolicies(this);
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
