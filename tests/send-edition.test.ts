import { createHash, createHmac } from 'node:crypto';
import { join } from 'node:path';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../lambdas/adapters/template-files.js';
import {
  buildDigest,
  isUnsubscribeToken,
  ledgerKey,
  type MailSender,
  type OutgoingMessage,
  RecipientRejectedError,
  recipientId,
  SendOutcomeUnknownError,
  type SendSettings,
  sendEdition,
  ThrottledError,
  unsubscribeLink,
} from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { seedArticles } from './seed-articles.js';

const EDITION = '2024-05-16';
const templates = loadTemplates(join(import.meta.dirname, '..', 'templates'));
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const settings = (recipients: string[], sendRate: number): SendSettings => ({
  sender: 'digest@example.com',
  recipients,
  sendRate,
  unsubscribeUrl: 'https://digest.example.com/u',
  unsubscribeMailto: 'unsubscribe@example.com',
  listId: 'news-digest',
  runId: 'run-1',
  recipientIdKey: 'k'.repeat(32),
  archiveBaseUrl: 'https://digest.example.com/',
  postalAddress: 'News Digest, 1 Example Street, Springfield',
});

const digest = buildDigest(EDITION, seedArticles(), []);
const storeWithEdition = (): MemoryStore => new MemoryStore();

class RecordingMailer implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  constructor(private readonly failFirst = 0) {}
  async send(message: OutgoingMessage) {
    if (this.sent.length + this.failures < this.failFirst) {
      this.failures++;
      throw new ThrottledError('Maximum sending rate exceeded.');
    }
    this.sent.push(message);
    return { messageId: `m${this.sent.length}` };
  }
  private failures = 0;
}

describe('sendEdition', () => {
  it('paces sending to the configured rate', async () => {
    // Prepare
    const waits: number[] = [];
    const mailer = new RecordingMailer();
    const readers = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'];

    // Act
    await sendEdition(
      { store: storeWithEdition(), mailer, log: silent, sleep: async (ms) => void waits.push(ms) },
      templates,
      digest,
      settings(readers, 2),
      false,
    );

    // Assess: four sends at two a second need three waits of about half a second.
    expect(mailer.sent.map((m) => m.to)).toEqual(readers);
    expect(waits).toHaveLength(3);
    for (const wait of waits) expect(wait).toBeGreaterThan(450);
  });

  it('backs off longer after each throttled attempt', async () => {
    const waits: number[] = [];
    const mailer = new RecordingMailer(3);

    const report = await sendEdition(
      { store: storeWithEdition(), mailer, log: silent, sleep: async (ms) => void waits.push(ms) },
      templates,
      digest,
      settings(['a@example.com'], 1000),
      false,
    );

    expect(report.sent).toBe(1);
    expect(waits).toHaveLength(3);
    expect(waits[2] ?? 0).toBeGreaterThan(waits[0] ?? 0);
  });

  it('gives each recipient their own unsubscribe link in both parts, and only theirs', async () => {
    const mailer = new RecordingMailer();

    await sendEdition(
      { store: storeWithEdition(), mailer, log: silent, sleep: async () => undefined },
      templates,
      digest,
      settings(['a+b@example.com', 'c@example.com'], 1000),
      false,
    );

    const [first, second] = mailer.sent;
    const key = 'k'.repeat(32);
    const link = unsubscribeLink('https://digest.example.com/u', 'news-digest', 'a+b@example.com', key);
    const id = recipientId('a+b@example.com', key);
    expect(first?.unsubscribe.url).toBe(link);
    expect(new URL(link).searchParams.get('r')).toBe(id);
    expect(isUnsubscribeToken('news-digest', id, new URL(link).searchParams.get('t') ?? '', key)).toBe(true);
    expect(first?.text).toContain(link);
    expect(first?.html).toContain(Mustache.escape(link));
    expect(second?.html).not.toContain(id);
    expect(second?.unsubscribe.url).toBe(
      unsubscribeLink('https://digest.example.com/u', 'news-digest', 'c@example.com', key),
    );
    for (const message of mailer.sent) {
      expect(message.html).not.toContain('unsubscribe.invalid');
      expect(message.html + message.text + message.unsubscribe.url).not.toMatch(
        /a\+b@|a%2Bb|c@example|c%40/u,
      );
    }
  });

  it('tags each message with the edition and the recipient id, and shows the postal address in both parts', async () => {
    // Prepare
    const mailer = new RecordingMailer();
    const store = storeWithEdition();
    const readers = ['a@example.com', 'b@example.com'];

    // Act
    await sendEdition(
      { store, mailer, log: silent, sleep: async () => undefined },
      templates,
      digest,
      settings(readers, 1000),
      false,
    );

    // Assess
    expect(mailer.sent.map((m) => m.tags)).toEqual(
      readers.map((address) => [
        { name: 'edition', value: EDITION },
        {
          name: 'recipient',
          value: createHmac('sha256', 'k'.repeat(32)).update(address).digest('hex').slice(0, 32),
        },
      ]),
    );
    for (const message of mailer.sent) {
      expect(message.text).toContain('News Digest, 1 Example Street, Springfield');
      expect(message.html).toContain('News Digest, 1 Example Street, Springfield');
    }
  });

  it('keeps an unknown outcome claimed as uncertain, and a retry does not send to that recipient', async () => {
    const store = storeWithEdition();
    const unsure = 'b@example.com';
    const mailer = new RecordingMailer();
    const flaky: MailSender = {
      send: async (message) => {
        if (message.to === unsure) throw new SendOutcomeUnknownError(`no answer for ${unsure}`);
        return mailer.send(message);
      },
    };
    const warnings: string[] = [];
    const log = { ...silent, warn: (text: string) => void warnings.push(text) };
    const run = () =>
      sendEdition(
        { store, mailer: flaky, log, sleep: async () => undefined },
        templates,
        digest,
        settings(['a@example.com', unsure], 1000),
        false,
      );

    const first = await run();
    const retry = await run();

    expect(first).toMatchObject({ sent: 1, uncertain: 1, failed: [] });
    expect(first.uncertainRecipients).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    const entry = await store.get(ledgerKey(EDITION, unsure));
    const parsed = JSON.parse(new TextDecoder().decode(entry?.body));
    expect(parsed).toMatchObject({
      status: 'uncertain',
      recipient: first.uncertainRecipients[0],
      error: expect.not.stringContaining(unsure),
    });
    expect(retry).toMatchObject({ sent: 0, alreadySent: 1, uncertain: 1 });
    expect(retry.uncertainRecipients).toEqual(first.uncertainRecipients);
    expect(mailer.sent.map((m) => m.to)).toEqual(['a@example.com']);
  });

  it("reports its own invocation's claim left `sending` by an attempt that died as uncertain at once", async () => {
    // Prepare: the first attempt claimed the recipient and died before it could complete the claim.
    const store = storeWithEdition();
    const mailer = new RecordingMailer();
    const dying: MailSender = {
      send: async () => {
        throw new Error('Runtime exited');
      },
    };
    const failingStore = Object.create(store) as MemoryStore;
    failingStore.delete = async () => {
      throw new Error('S3 unavailable');
    };
    const attempt = (ports: { store: MemoryStore; mailer: MailSender }) =>
      sendEdition(
        { ...ports, log: silent, sleep: async () => undefined },
        templates,
        digest,
        settings(['a@example.com'], 1000),
        false,
      );
    await expect(attempt({ store: failingStore, mailer: dying })).rejects.toThrow('S3 unavailable');

    // Act: Lambda retries the same invocation a minute later.
    const retry = await attempt({ store, mailer });

    // Assess
    expect(retry).toMatchObject({ sent: 0, alreadySent: 0, uncertain: 1 });
    expect(mailer.sent).toEqual([]);
    const entry = await store.get(ledgerKey(EDITION, 'a@example.com'));
    expect(JSON.parse(new TextDecoder().decode(entry?.body))).toMatchObject({
      status: 'uncertain',
      recipient: recipientId('a@example.com', 'k'.repeat(32)),
    });
  });

  it('reports a claim left `sending` by a run that died as uncertain, and one of a live run as taken', async () => {
    // Prepare: one claim from a run that stopped 20 minutes ago, one from a run sending right now.
    const store = storeWithEdition();
    const put = (address: string, minutesAgo: number) =>
      store.put(
        ledgerKey(EDITION, address),
        JSON.stringify({
          status: 'sending',
          at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
          run: 'another-run',
        }),
      );
    await put('dead@example.com', 20);
    await put('live@example.com', 1);
    const mailer = new RecordingMailer();

    // Act
    const report = await sendEdition(
      { store, mailer, log: silent, sleep: async () => undefined },
      templates,
      digest,
      settings(['dead@example.com', 'live@example.com', 'new@example.com'], 1000),
      false,
    );

    // Assess
    expect(report).toMatchObject({ sent: 1, alreadySent: 1, uncertain: 1 });
    expect(report.uncertainRecipients).toEqual([recipientId('dead@example.com', 'k'.repeat(32))]);
    expect(mailer.sent.map((m) => m.to)).toEqual(['new@example.com']);
    const dead = await store.get(ledgerKey(EDITION, 'dead@example.com'));
    expect(JSON.parse(new TextDecoder().decode(dead?.body))).toMatchObject({ status: 'uncertain' });
  });

  it('names a failed recipient by a keyed hash, and keeps the ledger key whatever the key', async () => {
    // Prepare
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
    const hmac = (key: string) =>
      createHmac('sha256', key).update('bad@example.com').digest('hex').slice(0, 32);
    const errors: Record<string, unknown>[] = [];
    const log = {
      ...silent,
      error: (_: string, fields?: Record<string, unknown>) => void errors.push(fields ?? {}),
    };
    const rejecting: MailSender = {
      send: async (message) => {
        if (message.to === 'bad@example.com') throw new RecipientRejectedError('Rejected: bad@example.com');
        return { messageId: 'm1' };
      },
    };
    const keys = ['k'.repeat(32), 'another-secret-key-of-32-characters'];

    // Act
    const runs = [];
    for (const key of keys) {
      const store = storeWithEdition();
      const report = await sendEdition(
        { store, mailer: rejecting, log, sleep: async () => undefined },
        templates,
        digest,
        { ...settings(['ok@example.com', 'bad@example.com'], 1000), recipientIdKey: key },
        false,
      );
      runs.push({ key, report, ledger: store.keys('sent/') });
    }

    // Assess
    for (const run of runs) {
      const id = hmac(run.key);
      expect(run.report.failed).toEqual([{ recipient: id, error: `Rejected: ${id}`, permanent: true }]);
      expect(id).not.toBe(sha256('bad@example.com'));
      expect(run.ledger).toEqual([`sent/${EDITION}/${sha256('ok@example.com')}.json`]);
    }
    expect(hmac(keys[0] ?? '')).not.toBe(hmac(keys[1] ?? ''));
    expect(errors.map((e) => e.recipient)).toEqual(keys.map(hmac));
  });
});
