import { join } from 'node:path';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMimeMessage, SES_MAX_MESSAGE_BYTES } from '../lambdas/adapters/mime-message.js';
import { SesMailSender } from '../lambdas/adapters/ses-mail-sender.js';
import { loadTemplates } from '../lambdas/adapters/template-files.js';
import {
  buildDigest,
  type MailSender,
  MessageTooLargeError,
  type OutgoingMessage,
  SendingBlockedError,
  sendEdition,
} from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { seedArticles } from './seed-articles.js';

const message = (html: string): OutgoingMessage => ({
  from: 'digest@example.com',
  to: 'ana@example.com',
  subject: 'News Digest',
  html,
  text: 'News Digest',
  unsubscribe: { url: 'https://example.com/u?r=ana', mailto: 'unsubscribe@example.com' },
});
const ses = mockClient(SESClient);

afterEach(() => {
  ses.reset();
});

describe('the size of a message', () => {
  it('is checked once encoded, against the limit given', async () => {
    // Prepare: 800 bytes of HTML that take more once encoded (quoted-printable).
    const html = '<p>é</p>'.repeat(100);

    // Act
    const within = await buildMimeMessage(message(html));
    const over = buildMimeMessage(message(html), within.byteLength - 1);

    // Assess
    expect(within.byteLength).toBeGreaterThan(Buffer.byteLength(html));
    await expect(over).rejects.toThrow(MessageTooLargeError);
    await expect(over).rejects.toMatchObject({ bytes: within.byteLength, maxBytes: within.byteLength - 1 });
  });

  it('over the 10 MB SES accepts is refused before any call to SES', async () => {
    // Prepare
    ses.on(SendRawEmailCommand).resolves({ MessageId: 'never' });
    const sender = new SesMailSender(new SESClient({ region: 'us-east-1' }), 'news-digest');
    const html = `<p>${'x'.repeat(SES_MAX_MESSAGE_BYTES)}</p>`;

    // Act
    const sending = sender.send(message(html));

    // Assess
    await expect(sending).rejects.toThrow(/more than the 10000000 the mail service accepts/u);
    await expect(sending).rejects.toBeInstanceOf(SendingBlockedError);
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 0);
  });

  it('too large stops the send at the first recipient and leaves no claim, like a blocked sender', async () => {
    // Prepare
    const store = new MemoryStore();
    const attempts: string[] = [];
    const mailer: MailSender = {
      send: async (m) => {
        attempts.push(m.to);
        throw new MessageTooLargeError(SES_MAX_MESSAGE_BYTES + 1, SES_MAX_MESSAGE_BYTES);
      },
    };
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

    // Act
    const run = sendEdition(
      { store, mailer, log: silent },
      loadTemplates(join(import.meta.dirname, '..', 'templates')),
      buildDigest('2024-05-16', seedArticles(), []),
      {
        sender: 'digest@example.com',
        recipients: ['ana@example.com', 'ben@example.com', 'chloe@example.com'],
        sendRate: 1000,
        unsubscribeUrl: 'https://example.com/u',
        unsubscribeMailto: 'unsubscribe@example.com',
        listId: 'news-digest',
        archiveBaseUrl: 'https://digest.example.com',
        recipientIdKey: 'k'.repeat(32),
        runId: 'run-1',
        postalAddress: 'News Digest, 1 Example Street, Springfield',
      },
      false,
    );

    // Assess
    await expect(run).rejects.toThrow(MessageTooLargeError);
    expect(attempts).toEqual(['ana@example.com']);
    expect(store.keys('sent/')).toEqual([]);
  });
});
