import type { Log, ObjectStore } from '../ports.js';
import { recordOptOut, withdrawOptOut } from '../subscribers/opt-outs.js';
import { isUnsubscribeToken, LINK_PARAMS } from '../subscribers/unsubscribe-token.js';
import { isResubscribeProof, resubscribeFields } from './resubscribe-proof.js';
import { readFormIntent } from './unsubscribe-form.js';
import { renderUnsubscribePage, type UnsubscribePageView } from './unsubscribe-page.js';

/** What the unsubscribe endpoint needs: where opt-outs go, the secret, and the list it serves. */
export interface UnsubscribeDeps {
  readonly store: ObjectStore;
  readonly log: Log;
  /** The deployment's secret, under which ids and tokens are made. */
  readonly key: string;
  /** The list's stable id, part of every token. */
  readonly listId: string;
  /** The list's name, shown on the page. */
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

/** The methods the endpoint answers; anything else gets 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

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

/**
 * Answers an unsubscribe link (RFC 8058). A `POST` of `List-Unsubscribe=One-Click`, as mail clients
 * send it, records the opt-out at once. A `GET`, which link scanners also make, changes nothing and
 * reads nothing: it shows a page whose button confirms (a `POST` with `action=unsubscribe`). The
 * page confirming an opt-out offers to subscribe again, for a day, with a proof it issues (the
 * link alone never undoes an opt-out). A link whose token does not match its id gets a 403 page.
 */
export async function answerUnsubscribe(request: Request, deps: UnsubscribeDeps): Promise<UnsubscribeAnswer> {
  const answer = (status: number, view: UnsubscribePageView, change: UnsubscribeAnswer['change'] = null) => ({
    status,
    html: renderUnsubscribePage(view, deps.listName),
    headers: HEADERS,
    change,
  });
  if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) {
    return refuseRequest('method', deps.listName);
  }
  const params = new URL(request.url).searchParams;
  const id = params.get(LINK_PARAMS.id) ?? '';
  const token = params.get(LINK_PARAMS.token) ?? '';
  if (!isUnsubscribeToken(deps.listId, id, token, deps.key)) {
    const incomplete = id === '' || token === '';
    deps.log.warn('unsubscribe link refused', { reason: incomplete ? 'incomplete' : 'forged' });
    return answer(
      incomplete ? 400 : 403,
      refusal('This unsubscribe link is not valid. Use the link from the email exactly as it came.'),
    );
  }
  if (request.method !== 'POST') {
    return answer(200, {
      title: `Unsubscribe from ${deps.listName}?`,
      message: 'Press the button to stop receiving the newsletter at this address.',
      button: { action: 'unsubscribe', label: 'Unsubscribe' },
    });
  }
  const intent = await readFormIntent(request);
  const now = deps.now();
  if (intent.kind === 'one-click' || intent.kind === 'unsubscribe') {
    const via = intent.kind === 'unsubscribe' ? 'page' : 'one-click';
    await recordOptOut(deps.store, id, via, now);
    deps.log.info('reader unsubscribed', { recipient: id, via });
    return answer(
      200,
      {
        title: 'You are unsubscribed',
        message: 'You will not receive the next editions. Changed your mind?',
        button: {
          action: 'resubscribe',
          label: 'Subscribe again',
          fields: resubscribeFields(deps.key, deps.listId, id, now),
        },
      },
      'unsubscribed',
    );
  }
  if (intent.kind === 'resubscribe') {
    if (!isResubscribeProof(deps.key, deps.listId, id, intent, now)) {
      deps.log.warn('resubscribe refused', { recipient: id });
      return answer(
        403,
        refusal(
          'This button has expired. You are still unsubscribed; to receive the newsletter again, ask its sender.',
        ),
      );
    }
    await withdrawOptOut(deps.store, id);
    deps.log.info('reader subscribed again', { recipient: id });
    return answer(
      200,
      {
        title: 'You are subscribed again',
        message: 'You will receive the next edition.',
        button: { action: 'unsubscribe', label: 'Unsubscribe' },
      },
      'resubscribed',
    );
  }
  const reason =
    intent.kind === 'unreadable'
      ? 'The request could not be read.'
      : 'The request asked for nothing this page does.';
  return answer(400, refusal(reason));
}

function refusal(message: string): UnsubscribePageView {
  return { title: 'Nothing was changed', message };
}

/**
 * The answer to a request refused before it is read: a method the endpoint does not answer (405),
 * or a body larger than its forms (413). The adapter refuses these itself when the platform
 * cannot even make a `Request` of them.
 */
export function refuseRequest(why: 'method' | 'too-large', listName: string): UnsubscribeAnswer {
  const view =
    why === 'method'
      ? refusal('This address only answers links and forms.')
      : refusal('The request was too large to read.');
  return {
    status: why === 'method' ? 405 : 413,
    html: renderUnsubscribePage(view, listName),
    headers: why === 'method' ? { ...HEADERS, Allow: ALLOWED_METHODS.join(', ') } : HEADERS,
    change: null,
  };
}
