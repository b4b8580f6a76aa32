import { InvalidSettingError, optionalString } from './setting-parsers.js';

/** A custom domain for the web copies, in place of the distribution's own `*.cloudfront.net` name. */
export interface WebDomain {
  /** The host readers see, e.g. `news.example.com`; its DNS must point at the distribution. */
  readonly name: string;
  /** ARN of an ACM certificate for that name, in us-east-1 (the only region CloudFront takes them from). */
  readonly certificateArn: string;
}

// A host name of letters, digits and hyphens, in two labels or more: no scheme, path or port.
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/u;
const US_EAST_1_CERTIFICATE = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/u;

/**
 * Reads `webDomainName` and `webCertificateArn`, which go together: both, or neither (the web
 * copies are then served at the distribution's own name).
 *
 * @throws InvalidSettingError naming the setting that is malformed, or missing beside the other.
 */
export function readWebDomain(get: (key: string) => unknown): WebDomain | undefined {
  const name = optionalString(get, 'webDomainName')?.toLowerCase();
  const certificateArn = optionalString(get, 'webCertificateArn');
  if (name === undefined && certificateArn === undefined) return undefined;
  if (certificateArn === undefined) {
    throw new InvalidSettingError(
      'webCertificateArn',
      'webDomainName needs the ARN of its ACM certificate in us-east-1 beside it',
    );
  }
  if (name === undefined) {
    throw new InvalidSettingError('webDomainName', 'webCertificateArn needs the domain name it is for');
  }
  if (!HOST.test(name)) {
    throw new InvalidSettingError(
      'webDomainName',
      `expected a host name such as news.example.com, got "${name}"`,
    );
  }
  if (!US_EAST_1_CERTIFICATE.test(certificateArn)) {
    throw new InvalidSettingError(
      'webCertificateArn',
      `expected the ARN of an ACM certificate in us-east-1 (CloudFront takes certificates from there only), got "${certificateArn}"`,
    );
  }
  return { name, certificateArn };
}
