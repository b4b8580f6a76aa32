import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { MAX_FORM_BYTES } from '../core/index.js';

/** Raised when a request's body is larger than the endpoint reads. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * The Web `Request` a Lambda function URL event stands for, so the core reads forms (urlencoded or
 * multipart) with the platform's own parser.
 *
 * @throws BodyTooLargeError when the body is over `MAX_FORM_BYTES`.
 */
export function toRequest(event: LambdaFunctionURLEvent): Request {
  const { method } = event.requestContext.http;
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const url = `https://${event.requestContext.domainName}${event.rawPath}${query}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {}))
    if (value !== undefined) headers.set(name, value);
  const body =
    event.body === undefined || method === 'GET' || method === 'HEAD'
      ? undefined
      : Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (body !== undefined && body.byteLength > MAX_FORM_BYTES)
    throw new BodyTooLargeError(`the body has ${body.byteLength} bytes; at most ${MAX_FORM_BYTES} are read`);
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body }) });
}

/** The function URL result of an endpoint's answer: its status, headers and HTML page. */
export function toResult(answer: {
  readonly status: number;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
}): LambdaFunctionURLResult {
  return { statusCode: answer.status, headers: { ...answer.headers }, body: answer.html };
}
