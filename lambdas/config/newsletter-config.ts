import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { checkTimeZone, InvalidConfigError, isEmail } from '../core/index.js';
import { DEFAULT_MAX_EDITION_ARTICLES } from '../core/limits.js';
import { ENV } from './env-names.js';
import { type Environment, httpsUrl, positiveNumber, readSetting } from './read-settings.js';

/** Settings of the newsletter function. */
export interface NewsletterConfig {
  readonly bucketName: string;
  readonly sender: string;
  /** Fixed recipients; empty when they come from the subscribers file. */
  readonly recipients: readonly string[];
  readonly subscribersKey: string | null;
  readonly sendRate: number;
  readonly configurationSet: string | undefined;
  readonly unsubscribeUrl: string;
  readonly unsubscribeMailto: string;
  /** Where the web copies are served from; the links of every message start with it. */
  readonly archiveBaseUrl: string;
  /** The bucket the web copies are published in. */
  readonly webBucketName: string;
  readonly templatesDir: string;
  /** IANA time zone whose calendar names the editions. */
  readonly editionTimeZone: string;
  readonly maxEditionArticles: number;
  /** Secret key of the HMAC that names recipients in logs and reports. */
  readonly recipientIdKey: string;
}

const email = z.email();

function readRecipients(env: Environment): string[] {
  const raw = env[ENV.recipients]?.trim() ?? '';
  if (raw === '') return [];
  const list = raw
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = list.filter((r) => !isEmail(r));
  if (bad.length > 0)
    throw new InvalidConfigError(
      ENV.recipients,
      `expected comma-separated email addresses; ${bad.length} entries are not`,
    );
  return list;
}

/** Reads and validates the newsletter function's settings. */
export function loadNewsletterConfig(env: Environment, handlerDir: string): NewsletterConfig {
  const bucketName = readSetting(
    env,
    ENV.bucketName,
    z.string().check(z.minLength(3)),
    'the name of the articles bucket',
  );
  const recipients = readRecipients(env);
  const subscribersKey = readSetting(env, ENV.subscribersKey, z.optional(z.string()), 'an S3 key') ?? null;
  if (recipients.length === 0 && subscribersKey === null) {
    throw new InvalidConfigError(
      ENV.recipients,
      `set ${ENV.recipients} or ${ENV.subscribersKey}: the newsletter needs recipients`,
    );
  }
  return {
    bucketName,
    sender: readSetting(env, ENV.senderEmail, email, 'the verified sender email address'),
    recipients,
    subscribersKey,
    sendRate:
      readSetting(env, ENV.sendRate, z.optional(positiveNumber), 'messages per second, a positive number') ??
      1,
    configurationSet: readSetting(
      env,
      ENV.configurationSet,
      z.optional(z.string()),
      'an SES configuration set name',
    ),
    unsubscribeUrl: readSetting(env, ENV.unsubscribeUrl, httpsUrl, 'an https URL (may contain {recipient})'),
    unsubscribeMailto: readSetting(
      env,
      ENV.unsubscribeMailto,
      email,
      'an email address for unsubscribe requests',
    ),
    archiveBaseUrl: readSetting(
      env,
      ENV.archiveBaseUrl,
      z.url({ protocol: /^https?$/u }),
      'the http(s) address the web copies are served from',
    ),
    webBucketName: readSetting(
      env,
      ENV.webBucketName,
      z.string().check(z.minLength(3)),
      'the name of the web-copy bucket',
    ),
    templatesDir:
      readSetting(env, ENV.templatesDir, z.optional(z.string()), 'a folder') ?? join(handlerDir, 'templates'),
    editionTimeZone: checkTimeZone(
      ENV.editionTimeZone,
      readSetting(env, ENV.editionTimeZone, z.optional(z.string()), 'an IANA time zone') ?? 'UTC',
    ),
    maxEditionArticles: Math.floor(
      readSetting(env, ENV.maxEditionArticles, z.optional(positiveNumber), 'a positive number of articles') ??
        DEFAULT_MAX_EDITION_ARTICLES,
    ),
    recipientIdKey: readSetting(
      env,
      ENV.recipientIdKey,
      z.string().check(z.minLength(32)),
      'a secret of at least 32 characters',
    ),
  };
}

let cached: NewsletterConfig | undefined;

/** The newsletter function's settings, read from the environment once per container. */
export function newsletterConfig(): NewsletterConfig {
  cached ??= loadNewsletterConfig(process.env, dirname(fileURLToPath(import.meta.url)));
  return cached;
}
