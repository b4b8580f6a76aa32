import { postalAddressProblem } from '../lambdas/core/index.js';
import { InvalidSettingError, optionalString, requiredEmail } from './setting-parsers.js';

/** Reads one setting by name. */
type Get = (key: string) => unknown;

/** A domain the newsletter is sent from, authenticated by DKIM, SPF and DMARC. */
export interface SenderDomainSettings {
  /** The domain of `senderEmail`, verified in SES as a domain identity with Easy DKIM. */
  readonly domain: string;
  /** The custom MAIL FROM (bounce) domain: `<mailFromSubdomain>.<domain>`. */
  readonly mailFromDomain: string;
  /** The Route 53 public hosted zone the DNS records are written to; without it they are printed. */
  readonly hostedZone?: { readonly id: string; readonly name: string };
  /** Where DMARC aggregate reports go (`rua`); the `_dmarc` record is written only when it is given. */
  readonly dmarcReportEmail?: string;
}

/** The MAIL FROM subdomain when none is given: `mail.<domain>`. */
export const DEFAULT_MAIL_FROM_SUBDOMAIN = 'mail';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;
// A top-level domain is letters (or an IDNA `xn--` label), never all digits.
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/u;
const ZONE_ID = /^[A-Z0-9]{1,32}$/u;

function isDomain(value: string): boolean {
  const labels = value.split('.');
  const top = labels.at(-1) ?? '';
  return (
    value.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(top)
  );
}

/** A domain name, lower-cased and without a trailing dot; `undefined` when absent. */
function optionalDomain(get: Get, name: string): string | undefined {
  const value = optionalString(get, name)?.toLowerCase().replace(/\.$/u, '');
  if (value === undefined) return undefined;
  if (!isDomain(value))
    throw new InvalidSettingError(name, `expected a domain such as example.com, got "${value}"`);
  return value;
}

/** An optional email address. */
export function optionalEmail(get: Get, name: string): string | undefined {
  return optionalString(get, name) === undefined ? undefined : requiredEmail(get, name);
}

/** Settings that only mean something for a sender domain, so giving them without one is a mistake. */
const DOMAIN_ONLY = ['hostedZoneId', 'hostedZoneName', 'mailFromSubdomain', 'dmarcReportEmail'] as const;

/**
 * Reads `senderDomain` and the settings that go with it. When it is set, `senderEmail` must be an
 * address in that very domain (so DKIM and the MAIL FROM domain align with the From address);
 * `hostedZoneId` and `hostedZoneName` come together, and the zone must hold the domain.
 *
 * @throws InvalidSettingError naming the first setting that is wrong.
 */
export function readSenderDomain(get: Get, senderEmail: string): SenderDomainSettings | undefined {
  const domain = optionalDomain(get, 'senderDomain');
  if (domain === undefined) {
    const stray = DOMAIN_ONLY.find((name) => optionalString(get, name) !== undefined);
    if (stray !== undefined)
      throw new InvalidSettingError(stray, 'it applies only with senderDomain; set that too');
    return undefined;
  }
  const emailDomain = senderEmail.slice(senderEmail.lastIndexOf('@') + 1).toLowerCase();
  if (emailDomain !== domain) {
    throw new InvalidSettingError(
      'senderEmail',
      `expected an address @${domain} (senderDomain), got "${senderEmail}"`,
    );
  }
  const subdomain = optionalString(get, 'mailFromSubdomain')?.toLowerCase() ?? DEFAULT_MAIL_FROM_SUBDOMAIN;
  if (!LABEL.test(subdomain)) {
    throw new InvalidSettingError(
      'mailFromSubdomain',
      `expected one DNS label such as "mail", got "${subdomain}"`,
    );
  }
  const hostedZone = readHostedZone(get, domain);
  const dmarcReportEmail = optionalEmail(get, 'dmarcReportEmail');
  return {
    domain,
    mailFromDomain: `${subdomain}.${domain}`,
    ...(hostedZone === undefined ? {} : { hostedZone }),
    ...(dmarcReportEmail === undefined ? {} : { dmarcReportEmail }),
  };
}

function readHostedZone(get: Get, domain: string): { id: string; name: string } | undefined {
  const id = optionalString(get, 'hostedZoneId');
  const name = optionalDomain(get, 'hostedZoneName');
  if (id === undefined && name === undefined) return undefined;
  if (id === undefined) throw new InvalidSettingError('hostedZoneId', 'give it with hostedZoneName');
  if (name === undefined) throw new InvalidSettingError('hostedZoneName', 'give it with hostedZoneId');
  if (!ZONE_ID.test(id)) {
    throw new InvalidSettingError(
      'hostedZoneId',
      `expected a Route 53 zone id such as Z0123456789ABC, got "${id}"`,
    );
  }
  if (domain !== name && !domain.endsWith(`.${name}`)) {
    throw new InvalidSettingError('hostedZoneName', `expected the zone holding ${domain}, got "${name}"`);
  }
  return { id, name };
}

/** The required `postalAddress`: one line of printable text, at most 200 characters. */
export function readPostalAddress(get: Get): string {
  const address = optionalString(get, 'postalAddress');
  if (address === undefined) {
    throw new InvalidSettingError(
      'postalAddress',
      'it is required: the postal address shown in every newsletter',
    );
  }
  const problem = postalAddressProblem(address);
  if (problem !== undefined) throw new InvalidSettingError('postalAddress', problem);
  return address;
}
