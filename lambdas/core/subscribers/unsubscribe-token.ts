import { createHmac, timingSafeEqual } from 'node:crypto';
import { recipientId } from './subscriber-id.js';

/** The query parameters of an unsubscribe link: the reader's id and the token proving it. */
export const LINK_PARAMS = { id: 'r', token: 't' } as const;

const ID_SHAPE = /^[0-9a-f]{32}$/u;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/u;

/**
 * The token of a reader's unsubscribe link: an HMAC, under the deployment's secret, of the list's
 * name and the reader's id (itself an HMAC of the address). It cannot be made without the key, and
 * a link for one list does not work for another list under the same key.
 */
export function unsubscribeToken(list: string, id: string, key: string): string {
  // The prefix keeps these MACs apart from the ids, which are MACs under the same key.
  return createHmac('sha256', key).update(`unsubscribe\n${list}\n${id}`).digest('base64url');
}

/** Whether `token` is the one `unsubscribeToken` gives for the id; compared in constant time. */
export function isUnsubscribeToken(list: string, id: string, token: string, key: string): boolean {
  if (!ID_SHAPE.test(id) || !TOKEN_SHAPE.test(token)) return false;
  const expected = Buffer.from(unsubscribeToken(list, id, key));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A reader's one-click unsubscribe link: the endpoint with the reader's id and token, never the
 * address itself.
 *
 * @example
 * ```ts
 * unsubscribeLink('https://abc.lambda-url.eu-west-1.on.aws/', 'news-digest', 'ana@example.com', key);
 * // https://abc.lambda-url.eu-west-1.on.aws/?r=5f1c…&t=Qm9…
 * ```
 */
export function unsubscribeLink(endpoint: string, list: string, address: string, key: string): string {
  const id = recipientId(address, key);
  const url = new URL(endpoint);
  url.searchParams.set(LINK_PARAMS.id, id);
  url.searchParams.set(LINK_PARAMS.token, unsubscribeToken(list, id, key));
  return url.toString();
}
