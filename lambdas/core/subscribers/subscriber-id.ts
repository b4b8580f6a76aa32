import { createHmac } from 'node:crypto';

/** An address as compared everywhere: case and surrounding space do not make another reader. */
export const normalAddress = (address: string): string => address.trim().toLowerCase();

/**
 * A subscriber's id: an HMAC of the address keyed by the deployment's secret. Logs, reports, the
 * opt-out records and the unsubscribe links name a reader by it, so that no one holding a list of
 * addresses can tell whom a line or a link is about, and no one without the key can make one up.
 *
 * @example
 * ```ts
 * recipientId('Ana@Example.com', key) === recipientId('ana@example.com', key); // true
 * ```
 */
export const recipientId = (address: string, key: string): string =>
  createHmac('sha256', key).update(normalAddress(address)).digest('hex').slice(0, 32);
