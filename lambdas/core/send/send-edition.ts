import { createHash, createHmac } from 'node:crypto';
import Mustache from 'mustache';
import type { Digest } from '../digest/digest-model.js';
import {
  PreconditionFailedError,
  RecipientRejectedError,
  SendingBlockedError,
  SendOutcomeUnknownError,
  ThrottledError,
} from '../errors.js';
import type { Log, MailSender, ObjectStore } from '../ports.js';
import type { NewsletterTemplates } from '../render/newsletter-options.js';
import { renderNewsletter } from '../render/render-newsletter.js';
import { webPageUrl } from '../web/web-copy-keys.js';

/** What sending an edition needs to know. */
export interface SendSettings {
  readonly sender: string;
  readonly recipients: readonly string[];
  /** Messages per second at most. */
  readonly sendRate: number;
  /** Unsubscribe page; `{recipient}` becomes the URL-encoded address. */
  readonly unsubscribeUrl: string;
  readonly unsubscribeMailto: string;
  /** Base URL the web copies are served from (`editions/<edition>.html` is appended). */
  readonly archiveBaseUrl: string;
  /** Secret key of the HMAC that names recipients in logs and reports. */
  readonly recipientIdKey: string;
}

/** What happened to an edition's sending. */
export interface SendReport {
  readonly edition: string;
  readonly stories: number;
  readonly subject: string | null;
  readonly dryRun: boolean;
  readonly sent: number;
  /** Recipients the ledger says already have this edition. */
  readonly alreadySent: number;
  /** Recipients left for a later run because this one ran out of time. */
  readonly deferred: number;
  /**
   * Recipients SES may or may not have sent the message to (no answer came back). Their ledger
   * entries stay, marked `uncertain`, so no run sends to them again until a person decides.
   */
  readonly uncertain: number;
  /** Those recipients, by the hash of their address the ledger names them by. */
  readonly uncertainRecipients: readonly string[];
  /** Recipients not sent to, identified by a keyed hash of their address (addresses stay out of logs). */
  readonly failed: readonly {
    readonly recipient: string;
    readonly error: string;
    readonly permanent: boolean;
  }[];
}

const SENTINEL = 'https://unsubscribe.invalid/recipient';
const MAX_THROTTLE_RETRIES = 6;

const normalAddress = (address: string): string => address.trim().toLowerCase();

/**
 * A recipient's address as logs and reports name it: an HMAC keyed by the deployment's secret, so
 * that no one holding a list of addresses can tell whom a line is about.
 */
export const recipientId = (address: string, key: string): string =>
  createHmac('sha256', key).update(normalAddress(address)).digest('hex').slice(0, 32);

/**
 * Where the ledger records that a recipient has an edition: a plain hash of the address, stable
 * whatever the key, and kept in the private bucket, never logged.
 */
export const ledgerKey = (edition: string, address: string): string =>
  `sent/${edition}/${createHash('sha256').update(normalAddress(address)).digest('hex').slice(0, 32)}.json`;

/** Injected waiting, so tests need not sleep. */
export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function unsubscribeFor(template: string, address: string): string {
  return template.replaceAll('{recipient}', encodeURIComponent(address));
}

async function sendWithBackoff(
  mailer: MailSender,
  message: Parameters<MailSender['send']>[0],
  sleep: Sleep,
  log: Log,
) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await mailer.send(message);
    } catch (error) {
      if (!(error instanceof ThrottledError) || attempt >= MAX_THROTTLE_RETRIES) throw error;
      const wait = Math.min(10_000, 250 * 2 ** attempt) * (0.5 + Math.random() / 2);
      log.warn('sending throttled, backing off', { attempt: attempt + 1, waitMs: Math.round(wait) });
      await sleep(wait);
    }
  }
}

/**
 * Sends an edition's digest (its snapshot, built once): renders its stories once, linking the web
 * copy that `publishWebCopy` stored before ("view in browser", and "N more stories" at the first
 * story left out), then sends one message per recipient at no more than `sendRate` a second. Each
 * recipient's ledger entry is claimed (a conditional write) before sending, so neither a retried
 * run nor an overlapping one sends twice;
 * throttling is retried with backoff; one failed recipient never stops the others. A send whose
 * outcome is unknown (no answer from the mail service) keeps its claim, marked `uncertain`. An edition
 * without stories sends nothing. With `dryRun`, renders and reports without writing or sending.
 */
export async function sendEdition(
  ports: {
    readonly store: ObjectStore;
    readonly mailer: MailSender;
    readonly log: Log;
    readonly sleep?: Sleep;
    /** True when the run must stop sending (its time is nearly up); the rest wait for a retry. */
    readonly outOfTime?: () => boolean;
  },
  templates: NewsletterTemplates,
  digest: Digest,
  settings: SendSettings,
  dryRun: boolean,
): Promise<SendReport> {
  const { store, mailer, log } = ports;
  const { edition } = digest;
  const sleep = ports.sleep ?? realSleep;
  const base = {
    edition,
    stories: digest.stories.length,
    dryRun,
    sent: 0,
    alreadySent: 0,
    deferred: 0,
    uncertain: 0,
    uncertainRecipients: [],
    failed: [],
  };
  if (digest.stories.length === 0) {
    log.info('edition has no stories; nothing sent', { edition });
    return { ...base, subject: null };
  }
  const archiveUrl = webPageUrl(settings.archiveBaseUrl, edition);
  const rendered = await renderNewsletter(digest, templates, { unsubscribeUrl: SENTINEL, archiveUrl });
  if (dryRun) {
    log.info('dry run: rendered, nothing sent', { edition, recipients: settings.recipients.length });
    return { ...base, subject: rendered.subject };
  }
  const interval = 1000 / settings.sendRate;
  let sent = 0;
  let alreadySent = 0;
  const failed: { recipient: string; error: string; permanent: boolean }[] = [];
  let last = Number.NEGATIVE_INFINITY;
  let deferred = 0;
  const uncertain: string[] = [];
  for (const address of settings.recipients) {
    if (ports.outOfTime?.()) {
      deferred++;
      continue;
    }
    const id = recipientId(address, settings.recipientIdKey);
    // The ledger entry is claimed before sending: of two overlapping runs only one sends.
    if (!(await claim(store, edition, address))) {
      alreadySent++;
      continue;
    }
    try {
      const wait = last + interval - Date.now();
      if (wait > 0) await sleep(wait);
      last = Date.now();
      const url = unsubscribeFor(settings.unsubscribeUrl, address);
      const { messageId } = await sendWithBackoff(
        mailer,
        {
          from: settings.sender,
          to: address,
          subject: rendered.subject,
          html: rendered.html.replaceAll(Mustache.escape(SENTINEL), Mustache.escape(url)),
          text: rendered.text.replaceAll(SENTINEL, url),
          unsubscribe: { url, mailto: settings.unsubscribeMailto },
        },
        sleep,
        log,
      );
      sent++;
      await completeClaim(
        store,
        { edition, address, id },
        { status: 'sent', messageId, sentAt: new Date().toISOString() },
        log,
      );
    } catch (error) {
      if (error instanceof SendOutcomeUnknownError) {
        // Perhaps sent: the claim stays, so no run sends a second copy; a person decides.
        const detail = error.message.replaceAll(address, id);
        await completeClaim(
          store,
          { edition, address, id },
          { status: 'uncertain', at: new Date().toISOString(), error: detail },
          log,
        );
        uncertain.push(id);
        log.warn('recipient may or may not have been sent the edition', { edition, recipient: id });
        continue;
      }
      // Not sent: the claim goes, so a later run sends to this recipient.
      await store.delete(ledgerKey(edition, address));
      if (error instanceof SendingBlockedError) {
        log.error('sending blocked; run stopped', { edition, error: error.name, sent });
        throw error;
      }
      const permanent = error instanceof RecipientRejectedError;
      // The service's message may name the address: the report names the recipient by hash only.
      const message = (error as Error).message.replaceAll(address, id);
      failed.push({ recipient: id, error: message, permanent });
      log.error('recipient not sent', { edition, recipient: id, error: (error as Error).name, permanent });
    }
  }
  const counts = { sent, alreadySent, deferred, uncertain: uncertain.length };
  log.info('edition sent', { edition, ...counts, failed: failed.length });
  return { ...base, subject: rendered.subject, ...counts, uncertainRecipients: uncertain, failed };
}

/** Claims a recipient's ledger entry for this edition; false when it exists (sent, or being sent). */
async function claim(store: ObjectStore, edition: string, address: string): Promise<boolean> {
  try {
    const entry = JSON.stringify({ status: 'sending', at: new Date().toISOString() });
    await store.put(ledgerKey(edition, address), entry, {
      contentType: 'application/json',
      ifNoneMatch: '*',
    });
    return true;
  } catch (error) {
    if (error instanceof PreconditionFailedError) return false;
    throw error;
  }
}

/**
 * Completes a claimed ledger entry (sent, or of unknown outcome). If the write fails the claim
 * itself still stands, so the recipient is not sent to again; only the detail is missing.
 */
async function completeClaim(
  store: ObjectStore,
  { edition, address, id }: { edition: string; address: string; id: string },
  entry: Record<string, string>,
  log: Log,
): Promise<void> {
  try {
    await store.put(ledgerKey(edition, address), JSON.stringify(entry), { contentType: 'application/json' });
  } catch (error) {
    log.error(`ledger entry not marked ${entry.status}; its claim stands`, {
      edition,
      recipient: id,
      error: (error as Error).name,
    });
  }
}
