import type { Log, ObjectStore } from '../ports.js';
import { isOptedOut, recordOptOut, withdrawOptOut } from '../subscribers/opt-outs.js';
import { isUnsubscribeToken, LINK_PARAMS } from '../subscribers/unsubscribe-token.js';
import { renderUnsubscribePage, type UnsubscribePageView } from './unsubscribe-page.js';

/** What the unsubscribe endpoint needs: where opt-outs live, the secret, and the list it serves. */
export interface UnsubscribeDeps {
  readonly store: ObjectStore;
  readonly log: Log;
  /** The deployment's secret, under which ids and tokens are made. */
  readonly key: string;
  /** The list's name, part of every token and shown on the page. */
  readonly listName: string;
  readonly now: () => Date;
}

/** The endpoint's answer: a status, an HTML page, and what changed (for metrics). */
export interface UnsubscribeAnswer {
  readonly status: number;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly change: 'unsubscribed' | 'resubscribed' | null;
}

/** Larger form bodies are refused unread: the forms here hold one short field. */
export const MAX_FORM_BYTES = 4096;

const UNSUBSCRIBED: UnsubscribePageView = {
  title: 'You are unsubscribed',
  message: 'You will not receive the next editions. Changed your mind?',
  button: { action: 'resubscribe', label: 'Subscribe again' },
};

/**
 * Answers an unsubscribe link (RFC 8058). A `POST` of `List-Unsubscribe=One-Click`, as mail clients
 * send it, records the opt-out at once. A `GET`, which link scanners also make, changes nothing: it
 * shows a page whose button confirms (a `POST` with `action=unsubscribe`), and once unsubscribed,
 * a button to subscribe again. A link whose token does not match its id gets a 403 page and
 * changes nothing.
 */
export async function answerUnsubscribe(request: Request, deps: UnsubscribeDeps): Promise<UnsubscribeAnswer> {
  const params = new URL(request.url).searchParams;
  const id = params.get(LINK_PARAMS.id) ?? '';
  const token = params.get(LINK_PARAMS.token) ?? '';
  const page = (status: number, view: UnsubscribePageView, change: UnsubscribeAnswer['change'] = null) =>
    answer(status, view, deps.listName, change);
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'POST') {
    return { ...page(405, refusal('This address only answers links and forms.')), headers: allow() };
  }
  if (!isUnsubscribeToken(deps.listName, id, token, deps.key)) {
    deps.log.warn('unsubscribe link refused', {
      reason: id === '' || token === '' ? 'incomplete' : 'forged',
    });
    return page(
      id === '' || token === '' ? 400 : 403,
      refusal('This unsubscribe link is not valid. Use the link from the email exactly as it came.'),
    );
  }
  if (request.method !== 'POST') {
    return page(
      200,
      (await isOptedOut(deps.store, id))
        ? UNSUBSCRIBED
        : {
            title: `Unsubscribe from ${deps.listName}?`,
            message: 'Press the button to stop receiving the newsletter at this address.',
            button: { action: 'unsubscribe', label: 'Unsubscribe' },
          },
    );
  }
  const form = await readForm(request);
  if (form === null) return page(400, refusal('The request could not be read.'));
  if (form.get('List-Unsubscribe') === 'One-Click' || form.get('action') === 'unsubscribe') {
    const via = form.get('action') === 'unsubscribe' ? 'page' : 'one-click';
    await recordOptOut(deps.store, id, via, deps.now());
    deps.log.info('reader unsubscribed', { recipient: id, via });
    return page(200, UNSUBSCRIBED, 'unsubscribed');
  }
  if (form.get('action') === 'resubscribe') {
    await withdrawOptOut(deps.store, id);
    deps.log.info('reader subscribed again', { recipient: id });
    return page(
      200,
      {
        title: 'You are subscribed again',
        message: 'You will receive the next edition.',
        button: { action: 'unsubscribe', label: 'Unsubscribe' },
      },
      'resubscribed',
    );
  }
  return page(400, refusal('The request asked for nothing this page does.'));
}

function refusal(message: string): UnsubscribePageView {
  return { title: 'Nothing was changed', message };
}

function allow(): Record<string, string> {
  return { ...HEADERS, Allow: 'GET, HEAD, POST' };
}

// The token is in the address: no referrer carries it away, no cache or index keeps the page.
const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
} as const;

function answer(
  status: number,
  view: UnsubscribePageView,
  listName: string,
  change: UnsubscribeAnswer['change'],
): UnsubscribeAnswer {
  return { status, html: renderUnsubscribePage(view, listName), headers: HEADERS, change };
}

/** The form fields of a POST (urlencoded or multipart, as RFC 8058 allows), or null if unreadable. */
async function readForm(request: Request): Promise<FormData | null> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_FORM_BYTES) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}
