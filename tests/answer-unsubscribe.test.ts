import { describe, expect, it } from 'vitest';
import {
  answerUnsubscribe,
  optOutKey,
  recipientId,
  type UnsubscribeDeps,
  unsubscribeLink,
} from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';

const KEY = 'k'.repeat(40);
const LIST = 'news-digest';
const ENDPOINT = 'https://abc.lambda-url.eu-west-1.on.aws/';
const READER = 'ana@example.com';
const ID = recipientId(READER, KEY);
const LINK = unsubscribeLink(ENDPOINT, LIST, READER, KEY);
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function deps(store = new MemoryStore()): UnsubscribeDeps & { store: MemoryStore } {
  return {
    store,
    log: silent,
    key: KEY,
    listId: LIST,
    listName: 'News Digest',
    now: () => new Date('2026-12-02T08:00:00Z'),
  };
}

const post = (url: string, body: BodyInit) => new Request(url, { method: 'POST', body });
const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const optOutOf = async (store: MemoryStore) => {
  const stored = await store.get(optOutKey(ID));
  return stored === null ? null : JSON.parse(new TextDecoder().decode(stored.body));
};

describe('answerUnsubscribe', () => {
  it('records a one-click POST at once (RFC 8058), urlencoded as mail clients send it', async () => {
    // Prepare
    const d = deps();

    // Act
    const answer = await answerUnsubscribe(post(LINK, form({ 'List-Unsubscribe': 'One-Click' })), d);

    // Assess
    expect(answer).toMatchObject({ status: 200, change: 'unsubscribed' });
    expect(await optOutOf(d.store)).toEqual({ id: ID, at: '2026-12-02T08:00:00.000Z', via: 'one-click' });
    expect(JSON.stringify(await optOutOf(d.store))).not.toContain('ana');
  });

  it('records a one-click POST sent as multipart/form-data too', async () => {
    // Prepare
    const d = deps();
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');

    // Act
    const answer = await answerUnsubscribe(post(LINK, body), d);

    // Assess
    expect(answer.status).toBe(200);
    expect(await optOutOf(d.store)).toMatchObject({ via: 'one-click' });
  });

  it('changes nothing on a GET (link scanners fetch links) and shows a confirm button instead', async () => {
    // Prepare
    const d = deps();

    // Act
    const answer = await answerUnsubscribe(new Request(LINK), d);

    // Assess
    expect(answer).toMatchObject({ status: 200, change: null });
    expect(answer.html).toContain('<form method="post">');
    expect(answer.html).toContain('name="action" value="unsubscribe"');
    expect(await optOutOf(d.store)).toBeNull();
    expect(answer.headers).toMatchObject({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  });

  it('unsubscribes on the confirm button, then offers to subscribe again, which removes the opt-out', async () => {
    // Prepare
    const d = deps();

    // Act
    const confirmed = await answerUnsubscribe(post(LINK, form({ action: 'unsubscribe' })), d);
    const optOut = await optOutOf(d.store);
    const again = await answerUnsubscribe(post(LINK, form(hiddenFields(confirmed.html))), d);

    // Assess
    expect(confirmed).toMatchObject({ status: 200, change: 'unsubscribed' });
    expect(hiddenFields(confirmed.html)).toMatchObject({ action: 'resubscribe', issued: expect.any(String) });
    expect(optOut).toMatchObject({ via: 'page' });
    expect(again).toMatchObject({ status: 200, change: 'resubscribed' });
    expect(await optOutOf(d.store)).toBeNull();
  });

  it('never lets the link alone, or a day-old button, undo an opt-out', async () => {
    // Prepare: unsubscribed, and the page's button kept.
    const d = deps();
    const confirmed = await answerUnsubscribe(post(LINK, form({ action: 'unsubscribe' })), d);
    const fields = hiddenFields(confirmed.html);
    const dayLater = { ...d, now: () => new Date('2026-12-03T08:00:01Z') };

    // Act
    const bare = await answerUnsubscribe(post(LINK, form({ action: 'resubscribe' })), d);
    const forged = await answerUnsubscribe(post(LINK, form({ ...fields, issued: String(Date.now()) })), d);
    const expired = await answerUnsubscribe(post(LINK, form(fields)), dayLater);
    const otherReader = await answerUnsubscribe(post(swapToken(LINK, 'ben@example.com'), form(fields)), d);

    // Assess
    for (const answer of [bare, forged, expired]) expect(answer).toMatchObject({ status: 403, change: null });
    expect(otherReader.status).toBe(403);
    expect(expired.html).toContain('You are still unsubscribed');
    expect(await optOutOf(d.store)).toMatchObject({ id: ID });
  });

  it.each([
    ['no content type', {}, 'List-Unsubscribe=One-Click'],
    ['text/plain', { 'content-type': 'text/plain' }, 'List-Unsubscribe=One-Click'],
    [
      'a trailing line break',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'List-Unsubscribe=One-Click\r\n',
    ],
  ])('records a one-click POST with %s', async (_, headers, body) => {
    // Prepare
    const d = deps();

    // Act
    const answer = await answerUnsubscribe(new Request(LINK, { method: 'POST', headers, body }), d);

    // Assess
    expect(answer.status).toBe(200);
    expect(await optOutOf(d.store)).toMatchObject({ via: 'one-click' });
  });

  it('shows the confirm page again on a GET after unsubscribing, reading nothing', async () => {
    // Prepare
    const d = deps();
    await answerUnsubscribe(post(LINK, form({ 'List-Unsubscribe': 'One-Click' })), d);
    d.store.get = () => Promise.reject(new Error('a GET must not read the store'));
    d.store.head = () => Promise.reject(new Error('a GET must not read the store'));

    // Act
    const answer = await answerUnsubscribe(new Request(LINK), d);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('value="unsubscribe"');
  });

  it('keeps the first opt-out when the request is repeated', async () => {
    // Prepare
    const d = deps();
    await answerUnsubscribe(post(LINK, form({ 'List-Unsubscribe': 'One-Click' })), d);
    const later = { ...d, now: () => new Date('2026-12-03T08:00:00Z') };

    // Act
    const answer = await answerUnsubscribe(post(LINK, form({ action: 'unsubscribe' })), later);

    // Assess
    expect(answer.status).toBe(200);
    expect(await optOutOf(d.store)).toMatchObject({ at: '2026-12-02T08:00:00.000Z', via: 'one-click' });
  });

  it.each([
    ['a token made for another reader', () => swapToken(LINK, 'ben@example.com'), 403],
    [
      'a token changed by one character',
      () => LINK.replace(/t=(.)/u, (_, c) => `t=${c === 'A' ? 'B' : 'A'}`),
      403,
    ],
    ['a token made under another key', () => unsubscribeLink(ENDPOINT, LIST, READER, 'x'.repeat(40)), 403],
    ['a token made for another list', () => unsubscribeLink(ENDPOINT, 'other-list', READER, KEY), 403],
    ['a link without a token', () => `${ENDPOINT}?r=${ID}`, 400],
    ['a plain address for an id', () => `${ENDPOINT}?r=${encodeURIComponent(READER)}&t=x`, 403],
  ])('refuses %s with a plain page and changes nothing', async (_, link, status) => {
    // Prepare
    const d = deps();

    // Act
    const byPost = await answerUnsubscribe(post(link(), form({ 'List-Unsubscribe': 'One-Click' })), d);
    const byGet = await answerUnsubscribe(new Request(link()), d);

    // Assess
    expect(byPost).toMatchObject({ status, change: null });
    expect(byGet.status).toBe(status);
    expect(byPost.html).toContain('Nothing was changed');
    expect(byPost.html).not.toContain('<form');
    expect([...(await listed(d.store))]).toEqual([]);
  });

  it('answers other methods with 405 and a body it cannot read with 400', async () => {
    // Prepare
    const d = deps();

    // Act
    const put = await answerUnsubscribe(new Request(LINK, { method: 'PUT', body: 'x' }), d);
    const odd = await answerUnsubscribe(post(LINK, form({ action: 'delete-everything' })), d);
    const garbled = await answerUnsubscribe(
      new Request(LINK, {
        method: 'POST',
        body: '--x\r\n',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      }),
      d,
    );

    // Assess
    expect(put.status).toBe(405);
    expect(put.headers.Allow).toBe('GET, HEAD, POST');
    expect(odd.status).toBe(400);
    expect(garbled.status).toBe(400);
    expect([...(await listed(d.store))]).toEqual([]);
  });

  it('escapes the list name on the page', async () => {
    // Prepare
    const d = { ...deps(), listName: '<script>alert(1)</script>' };

    // Act
    const answer = await answerUnsubscribe(new Request(LINK), d);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.html).not.toContain('<script>');
    expect(answer.html).toContain('&lt;script&gt;');
  });
});

/** The hidden fields of the page's form, as a browser would post them. */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/gu))
    if (name !== undefined) fields[name] = value ?? '';
  return fields;
}

function swapToken(link: string, other: string): string {
  const url = new URL(link);
  url.searchParams.set('t', new URL(unsubscribeLink(ENDPOINT, LIST, other, KEY)).searchParams.get('t') ?? '');
  return url.toString();
}

async function listed(store: MemoryStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of store.list('')) keys.push(key);
  return keys;
}
