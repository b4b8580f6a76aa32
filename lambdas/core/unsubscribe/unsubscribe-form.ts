/** Form bodies larger than this are refused unread: the forms here hold a few short fields. */
export const MAX_FORM_BYTES = 4096;

/** The one field RFC 8058 clients POST. */
const ONE_CLICK = 'List-Unsubscribe=One-Click';

/** What a POST to the endpoint asked for. */
export type FormIntent =
  | { readonly kind: 'one-click' }
  | { readonly kind: 'unsubscribe' }
  | { readonly kind: 'resubscribe'; readonly issued: string; readonly proof: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unreadable' };

/**
 * Reads a POST's form: urlencoded or multipart, as RFC 8058 allows, and also the bare
 * `List-Unsubscribe=One-Click` some clients send without a content type or with a line break.
 */
export async function readFormIntent(request: Request): Promise<FormIntent> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_FORM_BYTES) return { kind: 'unreadable' };
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch {
    return { kind: 'unreadable' };
  }
  if (bytes.byteLength > MAX_FORM_BYTES) return { kind: 'unreadable' };
  if (new TextDecoder().decode(bytes).trim() === ONE_CLICK) return { kind: 'one-click' };
  let form: FormData;
  try {
    const type = request.headers.get('content-type') ?? 'application/x-www-form-urlencoded';
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    return { kind: 'unreadable' };
  }
  const field = (name: string): string => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  if (field('List-Unsubscribe') === 'One-Click') return { kind: 'one-click' };
  if (field('action') === 'unsubscribe') return { kind: 'unsubscribe' };
  if (field('action') === 'resubscribe')
    return { kind: 'resubscribe', issued: field('issued'), proof: field('proof') };
  return { kind: 'unknown' };
}
