import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How long after unsubscribing the page's "Subscribe again" button works. The link in an email
 * never expires, so it must not be able to undo an opt-out on its own: whoever holds an old email
 * (a forward, a shared mailbox) could sign the reader up again.
 */
export const RESUBSCRIBE_WINDOW_MS = 24 * 60 * 60_000;

const proofOf = (key: string, listId: string, id: string, issued: number): string =>
  createHmac('sha256', key).update(`resubscribe\n${listId}\n${id}\n${issued}`).digest('base64url');

/** The hidden fields of the "Subscribe again" button, issued with the page that confirms an opt-out. */
export function resubscribeFields(
  key: string,
  listId: string,
  id: string,
  now: Date,
): { name: string; value: string }[] {
  const issued = now.getTime();
  return [
    { name: 'issued', value: String(issued) },
    { name: 'proof', value: proofOf(key, listId, id, issued) },
  ];
}

/** Whether the fields were issued for this reader within the window (compared in constant time). */
export function isResubscribeProof(
  key: string,
  listId: string,
  id: string,
  fields: { readonly issued: string; readonly proof: string },
  now: Date,
): boolean {
  const issued = Number(fields.issued);
  if (!/^\d{1,15}$/u.test(fields.issued) || now.getTime() - issued > RESUBSCRIBE_WINDOW_MS) return false;
  // A time ahead of the clock cannot have been issued here.
  if (issued > now.getTime() + 60_000) return false;
  const expected = Buffer.from(proofOf(key, listId, id, issued));
  const given = Buffer.from(fields.proof);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
