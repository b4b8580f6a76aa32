import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { localContext } from './local-context.js';

/** A local stand-in for one of the stack's HTTPS endpoints, on loopback. */
export interface LocalEndpoint {
  /** Its base URL, as the emails link it. */
  readonly url: string;
  stop(): Promise<void>;
}

/** More than any form the endpoint reads; the handler refuses what is over its own limit. */
const MAX_READ_BYTES = 1024 * 1024;

// Like the handlers' SDK clients, the newsletter's settings keep the first endpoint they saw for
// the life of the process: a later server in the same process listens where the first one did.
let portOfThisProcess: number | null = null;

/**
 * Serves the real unsubscribe handler over HTTP on loopback, as its function URL does on AWS:
 * each request becomes a function URL event (body base64-encoded), each result a response.
 * The environment must already hold the handler's settings.
 */
export async function startUnsubscribeServer(
  port = 0,
  onError: (error: unknown) => void = (error) => console.error(error),
): Promise<LocalEndpoint> {
  const { handler } = await import('../../lambdas/handlers/unsubscribe-handler.js');
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const result = (await handler(
          await toEvent(request),
          localContext('news-digest-unsubscribe-local'),
        )) as Exclude<LambdaFunctionURLResult, string>;
        response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
        response.end(request.method === 'HEAD' ? undefined : result.body);
      } catch (error) {
        onError(error);
        response.writeHead(500, { 'content-type': 'text/plain' }).end('The unsubscribe handler failed.');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port || portOfThisProcess || 0, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  portOfThisProcess ??= bound;
  return {
    url: `http://127.0.0.1:${bound}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function toEvent(request: IncomingMessage): Promise<LambdaFunctionURLEvent> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_READ_BYTES) break;
    chunks.push(chunk);
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  const body = Buffer.concat(chunks);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      domainName: request.headers.host ?? '127.0.0.1',
      http: { method: request.method ?? 'GET', path: url.pathname },
    },
    ...(body.byteLength > 0 ? { body: body.toString('base64') } : {}),
    isBase64Encoded: body.byteLength > 0,
  } as unknown as LambdaFunctionURLEvent;
}
