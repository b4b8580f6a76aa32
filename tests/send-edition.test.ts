import { createHash, createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../lambdas/adapters/template-files.js';
import {
  buildDigest,
  ledgerKey,
  type MailSender,
  type OutgoingMessage,
  RecipientRejectedError,
  SendOutcomeUnknownError,
  type SendSettings,
  sendEdition,
  ThrottledError,
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
  unsubscribeUrl: 'https://digest.example.com/u?r={recipient}',
  unsubscribeMailto: 'unsubscribe@example.com',
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
    expect(first?.unsubscribe.url).toBe('https://digest.example.com/u?r=a%2Bb%40example.com');
    expect(first?.text).toContain('https://digest.example.com/u?r=a%2Bb%40example.com');
    expect(first?.html).toContain('https:&#x2F;&#x2F;digest.example.com&#x2F;u?r&#x3D;a%2Bb%40example.com');
    expect(second?.html).not.toContain('a%2Bb');
    expect(first?.html).not.toContain('unsubscribe.invalid');
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
    const archive = new TextDecoder().decode((await store.get(`archive/${EDITION}.html`))?.body);
    expect(archive).toContain('News Digest, 1 Example Street, Springfield');
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
    expect(retry).toMatchObject({ sent: 0, alreadySent: 2, uncertain: 0 });
    expect(mailer.sent.map((m) => m.to)).toEqual(['a@example.com']);
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
