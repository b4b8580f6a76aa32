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
