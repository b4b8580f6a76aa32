import { PREFIX } from '../lambdas/config/env-names.js';
import {
  DEFAULT_LIST_ID,
  DEFAULT_LIST_NAME,
  listIdSchema,
  listNameSchema,
} from '../lambdas/config/unsubscribe-config.js';
import { checkTimeZone, InvalidConfigError } from '../lambdas/core/index.js';
import { DEFAULT_MAX_BYTES } from '../lambdas/core/limits.js';
import {
  optionalEmail,
  readPostalAddress,
  readSenderDomain,
  type SenderDomainSettings,
} from './sender-settings.js';
import {
  InvalidSettingError,
  optionalEmailList,
  optionalString,
  requiredEmail,
  requiredHttpsUrl,
  scheduleExpression,
  settingNumber,
} from './setting-parsers.js';
import { readWebDomain, type WebDomain } from './web-domain-settings.js';

export { InvalidSettingError } from './setting-parsers.js';

/** Deploy-time settings of the news digest, read from CDK context (`cdk synth -c name=value`). */
export interface DeploySettings {
  /** The verified SES identity the newsletter is sent from. */
  readonly senderEmail: string;
  /** Recipient addresses given inline; empty when only a subscribers file is used. */
  readonly recipients: readonly string[];
  /** Key of the subscribers file in the bucket, when one is used. */
  readonly subscribersKey?: string;
  /** EventBridge schedule expression of the newsletter: `cron(...)` or `rate(...)`. */
  readonly schedule: string;
  /** Messages per second the sender may send. */
  readonly sendRate: number;
  /** The newsletter's name, shown on the unsubscribe page. */
  readonly listName: string;
  /** The list's stable id, part of every unsubscribe token; changing it voids the links mailed. */
  readonly listId: string;
  /** Reserved concurrency of the public unsubscribe function, when the account's limit allows one. */
  readonly unsubscribeConcurrency?: number;
  /** Address that takes unsubscribe requests by email (a person handles them), if any. */
  readonly unsubscribeMailto?: string;
  /** Base URL the messages link the web copies at, when not the distribution's (or `webDomain`'s) address. */
  readonly archiveBaseUrl?: string;
  /** A custom domain the web copies are served at. */
  readonly webDomain?: WebDomain;
  /** Largest article file accepted, in bytes. */
  readonly maxBytes: number;
  /** IANA time zone whose calendar names the editions. */
  readonly editionTimeZone: string;
  /** The sender's domain identity and its DNS records; without it, `senderEmail` alone is verified. */
  readonly senderDomain?: SenderDomainSettings;
  /** The sender's postal address, shown in every newsletter's footer. */
  readonly postalAddress: string;
  /** An address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
}

/** Reads one setting by name; `app.node.tryGetContext` in the CDK app. */
export type SettingGetter = (key: string) => unknown;

/** Daily at 06:00 UTC. */
export const DEFAULT_SCHEDULE = 'cron(0 6 * * ? *)';
/** SES sandbox accounts may send one message per second. */
export const DEFAULT_SEND_RATE = 1;
/** The engine's default size limit, 5 MB. */
export { DEFAULT_MAX_BYTES };

/**
 * Reads and checks the deploy-time settings, so a mistake stops `cdk synth` with the setting's
 * name instead of surfacing as a failing Lambda after deployment.
 *
 * @throws InvalidSettingError naming the first setting that is missing or malformed.
 */
export function readDeploySettings(get: SettingGetter): DeploySettings {
  const senderEmail = requiredEmail(get, 'senderEmail');
  const recipients = optionalEmailList(get, 'recipients') ?? [];
  const subscribersKey = readSubscribersKey(get);
  if (recipients.length === 0 && subscribersKey === undefined) {
    throw new InvalidSettingError(
      'recipients',
      'give at least one of recipients (comma-separated emails) or subscribersKey (an S3 key)',
    );
  }
  const archiveBaseUrl = optionalString(get, 'archiveBaseUrl');
  const unsubscribeMailto = optionalString(get, 'unsubscribeMailto');
  const senderDomain = readSenderDomain(get, senderEmail);
  const alarmEmail = optionalEmail(get, 'alarmEmail');
  const webDomain = readWebDomain(get);
  return {
    senderEmail,
    recipients,
    ...(subscribersKey === undefined ? {} : { subscribersKey }),
    schedule: scheduleExpression(get, 'schedule', DEFAULT_SCHEDULE),
    sendRate: settingNumber(get, 'sendRate', { fallback: DEFAULT_SEND_RATE, integer: false }),
    listName: readListName(get),
    listId: readListId(get),
    ...readUnsubscribeConcurrency(get),
    ...(unsubscribeMailto === undefined
      ? {}
      : { unsubscribeMailto: requiredEmail(get, 'unsubscribeMailto') }),
    ...(archiveBaseUrl === undefined ? {} : { archiveBaseUrl: requiredHttpsUrl(get, 'archiveBaseUrl') }),
    ...(webDomain === undefined ? {} : { webDomain }),
    maxBytes: settingNumber(get, 'maxBytes', { fallback: DEFAULT_MAX_BYTES, integer: true }),
    editionTimeZone: readTimeZone(get),
    ...(senderDomain === undefined ? {} : { senderDomain }),
    postalAddress: readPostalAddress(get),
    ...(alarmEmail === undefined ? {} : { alarmEmail }),
  };
}

function readListId(get: SettingGetter): string {
  const id = optionalString(get, 'listId') ?? DEFAULT_LIST_ID;
  if (!listIdSchema.safeParse(id).success)
    throw new InvalidSettingError(
      'listId',
      `expected a slug of lowercase letters, digits and -, got "${id}"`,
    );
  return id;
}

function readUnsubscribeConcurrency(get: SettingGetter): { unsubscribeConcurrency?: number } {
  const given = get('unsubscribeConcurrency');
  if (given === undefined || given === '') return {};
  return {
    unsubscribeConcurrency: settingNumber(get, 'unsubscribeConcurrency', { fallback: 1, integer: true }),
  };
}

function readListName(get: SettingGetter): string {
  const name = optionalString(get, 'listName') ?? DEFAULT_LIST_NAME;
  if (!listNameSchema.safeParse(name).success)
    throw new InvalidSettingError('listName', 'expected one line of printable text, at most 80 characters');
  return name;
}

function readTimeZone(get: SettingGetter): string {
  const zone = optionalString(get, 'editionTimeZone') ?? 'UTC';
  try {
    return checkTimeZone('editionTimeZone', zone);
  } catch (error) {
    if (!(error instanceof InvalidConfigError)) throw error;
    throw new InvalidSettingError(
      'editionTimeZone',
      `expected an IANA time zone such as Europe/London, got "${zone}"`,
    );
  }
}

function readSubscribersKey(get: SettingGetter): string | undefined {
  const key = optionalString(get, 'subscribersKey');
  if (key === undefined) return undefined;
  // The key becomes an IAM resource pattern, where `*` and `?` would widen the grant.
  if (key.startsWith('/') || /[*?]/u.test(key)) {
    throw new InvalidSettingError(
      'subscribersKey',
      `expected an S3 key without a leading / or wildcards, got "${key}"`,
    );
  }
  // A file under the inbox would be ingested as an article and then moved away.
  if (key.startsWith(PREFIX.inbox)) {
    throw new InvalidSettingError('subscribersKey', `must not be under ${PREFIX.inbox}, got "${key}"`);
  }
  return key;
}
