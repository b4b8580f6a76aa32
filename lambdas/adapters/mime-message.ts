import MailComposer from 'nodemailer/lib/mail-composer';
import { MessageTooLargeError } from '../core/errors.js';
import type { OutgoingMessage } from '../core/ports.js';

/**
 * The largest message SES `SendRawEmail` (API v1) accepts: 10 MB once encoded, headers and every
 * part included. Taken as 10,000,000 bytes, the smaller reading of "10 MB".
 */
export const SES_MAX_MESSAGE_BYTES = 10_000_000;

/**
 * Builds the raw MIME message: multipart/alternative with the plain-text and HTML parts, and the
 * one-click unsubscribe headers (RFC 2369 and RFC 8058). Composed by nodemailer, not by hand.
 *
 * @throws MessageTooLargeError when the encoded message is over `maxBytes`, so that a message SES
 * would refuse is never sent to it.
 */
export async function buildMimeMessage(
  message: OutgoingMessage,
  maxBytes: number = SES_MAX_MESSAGE_BYTES,
): Promise<Buffer> {
  const mail = new MailComposer({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: {
      // The https link first: RFC 8058 clients POST to the first https URI.
      'List-Unsubscribe': [
        `<${message.unsubscribe.url}>`,
        ...(message.unsubscribe.mailto ? [`<mailto:${message.unsubscribe.mailto}?subject=unsubscribe>`] : []),
      ].join(', '),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  const raw = await mail.compile().build();
  if (raw.byteLength > maxBytes) throw new MessageTooLargeError(raw.byteLength, maxBytes);
  return raw;
}
