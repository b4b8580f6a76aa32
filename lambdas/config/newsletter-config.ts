import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { checkTimeZone, InvalidConfigError, isEmail, postalAddressProblem } from '../core/index.js';
import { DEFAULT_MAX_EDITION_ARTICLES } from '../core/limits.js';
import { ENV } from './env-names.js';
import {
  type Environment,
  endpointUrl,
  positiveNumber,
  readBucketName,
  readSetting,
} from './read-settings.js';
import { readSubscriberKeySource, type SubscriberKeySource } from './subscriber-key-setting.js';
import { readListId } from './unsubscribe-config.js';

/** Settings of the newsletter function. */
export interface NewsletterConfig {
  readonly bucketName: string;
  readonly sender: string;
  /** Fixed recipients; empty when they come from the subscribers file. */
  readonly recipients: readonly string[];
  readonly subscribersKey: string | null;
  readonly sendRate: number;
  readonly configurationSet: string | undefined;
  /** The unsubscribe endpoint; https, or http on loopback for local runs. */
  readonly unsubscribeUrl: string;
  readonly unsubscribeMailto: string | undefined;
  /** The list's stable id, part of every unsubscribe token. */
  readonly listId: string;
  /** Where the web copies are served from; the links of every message start with it. */
  readonly archiveBaseUrl: string;
  /** The bucket the web copies are published in. */
  readonly webBucketName: string;
  readonly templatesDir: string;
  /** IANA time zone whose calendar names the editions. */
  readonly editionTimeZone: string;
  readonly maxEditionArticles: number;
  /** Where the key of readers' ids and unsubscribe tokens comes from. */
  readonly keySource: SubscriberKeySource;
  /** The sender's postal address, shown in every message's footer. */
  readonly postalAddress: string;
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
  const bucketName = readBucketName(env);
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
    unsubscribeUrl: readSetting(
      env,
      ENV.unsubscribeUrl,
      endpointUrl,
      'the https URL of the unsubscribe endpoint (http only on loopback)',
    ),
    unsubscribeMailto: readSetting(
      env,
      ENV.unsubscribeMailto,
      z.optional(email),
      'an email address for unsubscribe requests',
    ),
    listId: readListId(env),
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
    keySource: readSubscriberKeySource(env),
    postalAddress: readPostalAddress(env),
  };
}

function readPostalAddress(env: Environment): string {
  const address = readSetting(env, ENV.postalAddress, z.string(), 'the sender’s postal address');
  const problem = postalAddressProblem(address);
  if (problem !== undefined) {
    throw new InvalidConfigError(
      ENV.postalAddress,
      `expected the sender’s postal address on one line; ${problem}`,
    );
  }
  return address;
}

let cached: NewsletterConfig | undefined;

/** The newsletter function's settings, read from the environment once per container. */
export function newsletterConfig(): NewsletterConfig {
  cached ??= loadNewsletterConfig(process.env, dirname(fileURLToPath(import.meta.url)));
  return cached;
}
