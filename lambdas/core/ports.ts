import type { IngestResult } from './extract/ingest-result.js';
import type { SourceFile } from './model.js';

/** An object read from storage, with the version tag conditional writes compare against. */
export interface StoredObject {
  readonly body: Uint8Array;
  readonly etag: string;
}

/** Conditions of a write: only if the object is still at `ifMatch`, or only if it does not exist yet. */
export interface PutOptions {
  readonly contentType?: string;
  /** How long browsers and CDNs may keep the object (HTTP Cache-Control), for objects served on the web. */
  readonly cacheControl?: string;
  readonly ifMatch?: string;
  readonly ifNoneMatch?: '*';
}

/**
 * The object storage the pipeline keeps its files and state in (S3 on AWS).
 * Implementations throw `PreconditionFailedError` when a conditional write loses its race.
 */
export interface ObjectStore {
  /** The object's size in bytes and version tag, or null when there is no such object. */
  head(key: string): Promise<{ readonly size: number; readonly etag: string } | null>;
  /** The object, or null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  put(key: string, body: string | Uint8Array, options?: PutOptions): Promise<{ readonly etag: string }>;
  /** Copies an object; with `ifMatch`, only while the source is still at that version tag. */
  copy(from: string, to: string, options?: { readonly ifMatch?: string }): Promise<void>;
  /** Deletes an object; with `ifMatch`, only while it is still at that version tag. */
  delete(key: string, options?: { readonly ifMatch?: string }): Promise<void>;
  /** Every object whose key starts with `prefix`, in key order, a page at a time. */
  list(prefix: string): AsyncIterable<ListedObject>;
}

/** An object as a listing shows it. */
export interface ListedObject {
  readonly key: string;
  readonly etag: string;
  readonly size: number;
  /** When the object was last written, as the store's clock read it. */
  readonly lastModified: Date;
}

/**
 * Reads one file into an article or a rejection, within bounded time and memory: a file that
 * takes too long, or needs too much memory, is rejected with the reason, never left to stop
 * the files after it.
 */
export interface Extractor {
  extract(file: SourceFile, options: { readonly maxBytes: number }): Promise<IngestResult>;
}

/** One email to one recipient. */
export interface OutgoingMessage {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** One-click unsubscribe (RFC 8058): the reader's https link, and a mailto address if there is one. */
  readonly unsubscribe: { readonly url: string; readonly mailto?: string };
  /** Tags the mail service copies into the events it reports about the message (see `messageTags`). */
  readonly tags?: readonly MessageTag[];
}

/** A name and value attached to a sent message; both only letters, digits, `_`, `.` and `-`. */
export interface MessageTag {
  readonly name: string;
  readonly value: string;
}

/**
 * Sends one message (SES on AWS). Implementations throw `ThrottledError` when the rate is
 * exceeded and `RecipientRejectedError` when the message is refused for good.
 */
export interface MailSender {
  send(message: OutgoingMessage): Promise<{ readonly messageId: string }>;
}

/** Structured logging, as the Powertools logger offers it. */
export interface Log {
  info(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}
