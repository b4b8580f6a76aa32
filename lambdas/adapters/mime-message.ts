import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMessage } from '../core/ports.js';

/**
 * Builds the raw MIME message: multipart/alternative with the plain-text and HTML parts, and the
 * one-click unsubscribe headers (RFC 2369 and RFC 8058). Composed by nodemailer, not by hand.
 */
export function buildMimeMessage(message: OutgoingMessage): Promise<Buffer> {
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
  return mail.compile().build();
}
