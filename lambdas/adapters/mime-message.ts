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
      'List-Unsubscribe': `<${message.unsubscribe.url}>, <mailto:${message.unsubscribe.mailto}?subject=unsubscribe>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  return mail.compile().build();
}
