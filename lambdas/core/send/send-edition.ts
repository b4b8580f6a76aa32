import Mustache from 'mustache';
import type { Digest } from '../digest/digest-model.js';
import {
  RecipientRejectedError,
  SendingBlockedError,
  SendOutcomeUnknownError,
  ThrottledError,
} from '../errors.js';
import type { Log, MailSender, ObjectStore } from '../ports.js';
import type { NewsletterTemplates } from '../render/newsletter-options.js';
import { renderNewsletter } from '../render/render-newsletter.js';
import { recipientId } from '../subscribers/subscriber-id.js';
import { unsubscribeLink } from '../subscribers/unsubscribe-token.js';
import { webPageUrl } from '../web/web-copy-keys.js';
import { messageTags } from './message-tags.js';
import { claim, completeClaim, releaseClaim } from './sent-ledger.js';

/** What sending an edition needs to know. */
export interface SendSettings {
  readonly sender: string;
  readonly recipients: readonly string[];
  /** Messages per second at most. */
  readonly sendRate: number;
  /** The unsubscribe endpoint; each reader's link adds the reader's id and token. */
  readonly unsubscribeUrl: string;
  readonly unsubscribeMailto?: string | undefined;
  /** The list's stable id, part of every unsubscribe token. */
  readonly listId: string;
  /** Base URL the web copies are served from (`editions/<edition>.html` is appended). */
  readonly archiveBaseUrl: string;
  /** Secret key of the HMACs that name readers (logs, reports, opt-outs) and make their links. */
  readonly recipientIdKey: string;
  /**
   * The invocation sending (Lambda's request id, the same on the retries of one invocation): a
   * claim it finds of its own was left by an earlier attempt that died mid-send.
   */
  readonly runId: string;
  /** The sender's postal address, shown in every message's footer. */
  readonly postalAddress: string;
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

/** Injected waiting, so tests need not sleep. */
export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
  const rendered = await renderNewsletter(digest, templates, {
    unsubscribeUrl: SENTINEL,
    archiveUrl,
    postalAddress: settings.postalAddress,
  });
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
    const ref = { edition, address, id, run: settings.runId };
    // The ledger entry is claimed before sending: of two overlapping runs only one sends.
    const held = await claim(store, ref, new Date());
    if (held === 'uncertain') {
      // An earlier run could not tell whether it sent: still for a person to decide.
      uncertain.push(id);
      continue;
    }
    if (held !== null) {
      alreadySent++;
      continue;
    }
    try {
      const wait = last + interval - Date.now();
      if (wait > 0) await sleep(wait);
      last = Date.now();
      const url = unsubscribeLink(settings.unsubscribeUrl, settings.listId, address, settings.recipientIdKey);
      const { messageId } = await sendWithBackoff(
        mailer,
        {
          from: settings.sender,
          to: address,
          subject: rendered.subject,
          html: rendered.html.replaceAll(Mustache.escape(SENTINEL), Mustache.escape(url)),
          text: rendered.text.replaceAll(SENTINEL, url),
          unsubscribe: { url, ...(settings.unsubscribeMailto ? { mailto: settings.unsubscribeMailto } : {}) },
          tags: messageTags(edition, id),
        },
        sleep,
        log,
      );
      sent++;
      const sentAt = new Date().toISOString();
      await completeClaim(store, ref, { status: 'sent', messageId, sentAt, recipient: id }, log);
    } catch (error) {
      if (error instanceof SendOutcomeUnknownError) {
        // Perhaps sent: the claim stays, so no run sends a second copy; a person decides.
        const detail = error.message.replaceAll(address, id);
        await completeClaim(
          store,
          ref,
          { status: 'uncertain', at: new Date().toISOString(), recipient: id, error: detail },
          log,
        );
        uncertain.push(id);
        log.warn('recipient may or may not have been sent the edition', { edition, recipient: id });
        continue;
      }
      // Not sent: the claim goes, so a later run sends to this recipient.
      await releaseClaim(store, ref);
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
