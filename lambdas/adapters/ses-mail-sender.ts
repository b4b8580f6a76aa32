import {
  SESClient,
  type SESClientConfig,
  SESServiceException,
  SendRawEmailCommand,
} from '@aws-sdk/client-ses';
import { RecipientRejectedError, SendingBlockedError, ThrottledError } from '../core/errors.js';
import type { MailSender, OutgoingMessage } from '../core/ports.js';
import { buildMimeMessage } from './mime-message.js';
import { transportOutcome } from './send-outcome.js';

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
          // SES copies the tags into each event it publishes about the message.
          Tags: message.tags?.map((tag) => ({ Name: tag.name, Value: tag.value })),
        }),
      );
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      throw classify(error, message.from);
    }
  }
}

/** Time limits on every SES call, so an endpoint that never answers cannot hang the run. */
export interface SesTimeouts {
  /** Connecting; past it nothing was sent, so the recipient can safely be tried again. */
  readonly connectionMs: number;
  /** The whole request; past it SES may have accepted the message, so the outcome is unknown. */
  readonly requestMs: number;
}

/**
 * A healthy SES connects within a few hundred ms and answers `SendRawEmail` within a second or
 * two; 3 s and 10 s leave room for slow moments while a hung call costs a run about 10 s.
 */
export const SES_TIMEOUTS: SesTimeouts = { connectionMs: 3_000, requestMs: 10_000 };

/**
 * An SES client with its own retries off (the sender retries throttling with pacing) and with time
 * limits on every call. `config` adds to it (tests point `endpoint` at a local server).
 */
export function createSesClient(
  timeouts: SesTimeouts = SES_TIMEOUTS,
  config: SESClientConfig = {},
): SESClient {
  return new SESClient({
    ...config,
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: timeouts.connectionMs,
      requestTimeout: timeouts.requestMs,
      // Without it the request timeout only logs a warning and the call waits on.
      throwOnRequestTimeout: true,
    },
  });
}

/** The module's SES client. */
export const sesClient = createSesClient();

/** Maps an SES error to what it means for the run: wait and retry, skip one recipient, or stop. */
function classify(error: unknown, sender: string): unknown {
  // Not an answer from SES: tells apart "never sent" from "may have been sent".
  if (!(error instanceof SESServiceException)) return transportOutcome(error);
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
