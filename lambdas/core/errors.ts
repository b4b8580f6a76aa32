/**
 * Why a file could not become an article. Each code has a fixed, person-readable meaning;
 * the message adds the details of the file at hand.
 */
export type RejectionCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'unsupported-type'
  | 'invalid-json'
  | 'no-text'
  | 'no-sentences'
  | 'unreadable-language'
  | 'undecodable';

/** Raised by the engine when a file cannot be read as a news article. */
export class ArticleRejectedError extends Error {
  override readonly name = 'ArticleRejectedError';

  constructor(
    readonly code: RejectionCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Raised when a setting is missing or invalid; the message names the setting. */
export class InvalidConfigError extends Error {
  override readonly name = 'InvalidConfigError';

  constructor(
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${message}`, options);
  }
}

/** A conditional write lost its race: the object changed since it was read (HTTP 412). */
export class PreconditionFailedError extends Error {
  override readonly name = 'PreconditionFailedError';
}

/** An edition's stored snapshot cannot be read back; it is left untouched for a person to look at. */
export class CorruptStateError extends Error {
  override readonly name = 'CorruptStateError';
}

/** Another run held the edition build lease for longer than this run could wait. */
export class EditionBusyError extends Error {
  override readonly name = 'EditionBusyError';
}

/** A stored article record cannot be read back; it is left out of the edition and reported. */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';
}

/** A file was not started because the invocation was about to run out of time; its message is retried. */
export class OutOfTimeError extends Error {
  override readonly name = 'OutOfTimeError';
}

/** The mail service refused a message for now (rate exceeded); sending it again later will work. */
export class ThrottledError extends Error {
  override readonly name = 'ThrottledError';
}

/** The mail service refused one recipient's message for good (rejected address, unverified sender). */
export class RecipientRejectedError extends Error {
  override readonly name = 'RecipientRejectedError';
}

/** The mail service refuses every message for now (sender not verified, sending paused, daily quota used up). */
export class SendingBlockedError extends Error {
  override readonly name: string = 'SendingBlockedError';
}

/**
 * The message is larger than the mail service accepts, found before any call. Every reader's
 * message of an edition is the same but for its address and unsubscribe link, so none would be
 * accepted: like the refusals above, it stops the run.
 */
export class MessageTooLargeError extends SendingBlockedError {
  override readonly name = 'MessageTooLargeError';

  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
    options?: { cause?: unknown },
  ) {
    super(
      `the message is ${bytes} bytes once encoded, more than the ${maxBytes} the mail service accepts`,
      options,
    );
  }
}

/**
 * The mail service may have accepted the message, but no answer came back (timeout, connection
 * reset after the request went out). Sending again could deliver a second copy; a person decides.
 */
export class SendOutcomeUnknownError extends Error {
  override readonly name = 'SendOutcomeUnknownError';
}
