import { SESClient, SESServiceException, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { RecipientRejectedError, ThrottledError } from '../core/errors.js';
import type { MailSender, OutgoingMessage } from '../core/pipeline/ports.js';
import { buildMimeMessage } from './mime-message.js';

const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException']);
const REJECTED = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
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
      if (
        error instanceof SESServiceException &&
        (THROTTLED.has(error.name) || /maximum sending rate exceeded/iu.test(error.message))
      ) {
        throw new ThrottledError(error.message, { cause: error });
      }
      if (error instanceof SESServiceException && REJECTED.has(error.name)) {
        throw new RecipientRejectedError(error.message, { cause: error });
      }
      throw error;
    }
  }
}

/** The module's SES client: its own retries are off, the sender retries throttling with pacing. */
export const sesClient = new SESClient({ maxAttempts: 1 });
