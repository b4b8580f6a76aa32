import { Logger } from '@aws-lambda-powertools/logger';
import { summarizeMailEvent } from '../core/send/mail-event.js';

const logger = new Logger({ serviceName: 'news-digest-mail-events' });

/** Events that mean a reader did not get the newsletter, or did not want it. */
const TROUBLE = new Set(['Bounce', 'Complaint', 'Reject', 'Rendering Failure']);

/**
 * Records each SES event about a newsletter message (sent, delivered, delayed, bounced,
 * complained, rejected) as one log line naming its edition and recipient id, so an operator can
 * look up what became of a message, above all one whose send the newsletter reported `uncertain`.
 * SES events carry the recipient's address; the line does not.
 */
export async function handler(event: unknown): Promise<void> {
  const summary = summarizeMailEvent(event);
  if (TROUBLE.has(summary.eventType)) logger.warn('mail event', { ...summary });
  else logger.info('mail event', { ...summary });
}
