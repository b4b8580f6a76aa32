/** One field of a mail event as it is logged: text or a number, never an object. */
type Field = string | number;

/**
 * What an operator needs from one mail service event about a sent message: which edition and
 * recipient (from the message's tags), what happened, and the service's reasons; never an address.
 */
export interface MailEventSummary {
  /** `Send`, `Delivery`, `Bounce`, `Complaint`, `Reject`, `DeliveryDelay`, `Rendering Failure`. */
  readonly eventType: string;
  readonly edition: string | null;
  /** The recipient's keyed id (the `recipient` tag), as the newsletter's logs and ledger name them. */
  readonly recipient: string | null;
  readonly messageId: string | null;
  /** When the mail service accepted the message. */
  readonly sentAt: string | null;
  /** When this event happened (delivered, bounced...), as the mail service reports it. */
  readonly eventAt: string | null;
  /** Details of this kind of event: bounce type, status codes, reasons, with addresses masked. */
  readonly [detail: string]: Field | null;
}

// Diagnostic texts often quote the address ("550 5.1.1 <ana@example.com>: user unknown").
const ADDRESS = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/gu;
const MAX_TEXT = 500;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const text = (value: unknown): string | null =>
  typeof value === 'string' ? value.replace(ADDRESS, '<address>').slice(0, MAX_TEXT) : null;
const field = (value: unknown): Field | null => (typeof value === 'number' ? value : text(value));
/** A tag's value: SES gives each tag as a list of values. */
const tag = (tags: Record<string, unknown>, name: string): string | null => {
  const values = tags[name];
  return text(Array.isArray(values) ? values[0] : values);
};

/** The fields of one part of the event (`bounce`, `complaint`...) worth keeping, by name. */
function pick(part: unknown, names: readonly string[]): Record<string, Field | null> {
  const source = record(part);
  return Object.fromEntries(names.filter((n) => n in source).map((n) => [n, field(source[n])]));
}

/** The statuses and diagnostics of the recipients a bounce or delay names, joined, addresses masked. */
function perRecipient(list: unknown): Record<string, string> {
  const entries = Array.isArray(list) ? list.map(record) : [];
  const join = (key: string): string =>
    entries
      .map((e) => text(e[key]))
      .filter((v): v is string => v !== null)
      .join(' | ');
  const found = { status: join('status'), diagnosticCode: join('diagnosticCode') };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== ''));
}

/** The details kept for each kind of event. */
function details(detail: Record<string, unknown>): Record<string, Field | null> {
  const { bounce, complaint, delivery, deliveryDelay, reject, failure } = detail;
  return {
    ...pick(bounce, ['bounceType', 'bounceSubType', 'timestamp']),
    ...perRecipient(record(bounce).bouncedRecipients),
    ...pick(complaint, ['complaintFeedbackType', 'complaintSubType', 'timestamp']),
    ...pick(delivery, ['timestamp', 'processingTimeMillis', 'smtpResponse']),
    ...pick(deliveryDelay, ['delayType', 'expirationTime', 'timestamp']),
    ...perRecipient(record(deliveryDelay).delayedRecipients),
    ...pick(reject, ['reason']),
    ...pick(failure, ['errorMessage', 'templateName']),
  };
}

/**
 * Reads an SES event (as EventBridge delivers it) into what the mail-events log keeps. Only named
 * fields are read, and free text has addresses masked, so the log never holds an address: the
 * destination list, the headers and the per-recipient addresses SES includes are left out.
 */
export function summarizeMailEvent(event: unknown): MailEventSummary {
  const envelope = record(event);
  const detail = record(envelope.detail);
  const mail = record(detail.mail);
  const tags = record(mail.tags);
  // `timestamp` is the log line's own field: the event's is kept as `eventAt`.
  const { timestamp, ...rest } = details(detail);
  return {
    eventType: text(detail.eventType) ?? text(envelope['detail-type']) ?? 'unknown',
    edition: tag(tags, 'edition'),
    recipient: tag(tags, 'recipient'),
    messageId: text(mail.messageId),
    sentAt: text(mail.timestamp),
    eventAt: typeof timestamp === 'string' ? timestamp : null,
    ...rest,
  };
}
