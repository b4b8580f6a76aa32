import { SESClient, SESServiceException, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { RecipientRejectedError, SendingBlockedError, ThrottledError } from '../core/errors.js';
import type { MailSender, OutgoingMessage } from '../core/ports.js';
import { buildMimeMessage } from './mime-message.js';

const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException']);
// Refusals that hold for every message of the run, not for one recipient.
const BLOCKED = new Set([
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
  'ConfigurationSetSendingPausedException',
  'AccountSendingPausedException',
]);

/** Sends each message through SES `SendRawEmail`, in the given configuration set. */
export class SesMailSender implements MailSender {
  constructor(
    private readonly client: SESClient,
    private readonly configurationSet: string | undefined,
  ) {}

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    const raw = await buildMimeMessage(message);
    try {
      const result = await this.client.send(
        new SendRawEmailCommand({
          RawMessage: { Data: raw },
          Source: message.from,
          Destinations: [message.to],
          ConfigurationSetName: this.configurationSet,
        }),
      );
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      throw classify(error, message.from);
    }
  }
}

/** The module's SES client: its own retries are off, the sender retries throttling with pacing. */
export const sesClient = new SESClient({ maxAttempts: 1 });

/** Maps an SES error to what it means for the run: wait and retry, skip one recipient, or stop. */
function classify(error: unknown, sender: string): unknown {
  if (!(error instanceof SESServiceException)) return error;
  // SES reports the used-up daily quota as throttling, but no backoff within a run outlasts a day.
  if (/daily message quota exceeded/iu.test(error.message))
    return new SendingBlockedError(error.message, { cause: error });
  if (THROTTLED.has(error.name) || /maximum sending rate exceeded/iu.test(error.message)) {
    return new ThrottledError(error.message, { cause: error });
  }
  if (BLOCKED.has(error.name)) return new SendingBlockedError(error.message, { cause: error });
  if (error.name === 'MessageRejected') {
    // An unverified sender fails every message; an unverified recipient (SES sandbox) fails one.
    const aboutSender = error.message.toLowerCase().includes(sender.toLowerCase());
    return aboutSender
      ? new SendingBlockedError(error.message, { cause: error })
      : new RecipientRejectedError(error.message, { cause: error });
  }
  return error;
}
