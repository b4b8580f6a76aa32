import { SendOutcomeUnknownError } from '../core/errors.js';

/** Failures while connecting: the request never left, so the message certainly was not sent. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** Failures once the request may have gone out: the service may have accepted the message. */
const AFTER_SENDING = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

interface TransportError {
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

/**
 * A transport failure (not a service answer) as what it means for the message: unchanged when it
 * certainly was not sent (no connection was made), `SendOutcomeUnknownError` when it may have been.
 * Anything else (credentials, signing, a bug) happened before sending and is returned unchanged.
 */
export function transportOutcome(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const { name, code, message = '', $metadata } = error as TransportError;
  if (code !== undefined && NOT_CONNECTED.has(code)) return error;
  // The handler's connection timeout: the socket never connected, so nothing was written.
  if (name === 'TimeoutError' && /did not establish a connection/iu.test(message)) return error;
  const status = $metadata?.httpStatusCode ?? 0;
  const unreadableSuccess = status >= 200 && status < 300;
  if (name === 'TimeoutError' || (code !== undefined && AFTER_SENDING.has(code)) || unreadableSuccess) {
    return new SendOutcomeUnknownError(`no answer from the mail service: ${message}`, { cause: error });
  }
  return error;
}
