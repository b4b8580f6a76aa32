import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, type S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { WEB_COPY_HEADERS } from '../../infra/web-copy-headers.js';
import { WEB_INDEX_KEY } from '../../lambdas/core/web/web-copy-keys.js';

/** The local stand-in for the web copies' CloudFront distribution. */
export interface WebCopyServer {
  /** `http://127.0.0.1:<port>`, the base URL the newsletter links locally. */
  readonly url: string;
  stop(): Promise<void>;
}

// The newsletter handler reads its link base once per process: a later server in the same
// process listens where the first one did, as the local S3 and SES do.
let portOfThisProcess: number | null = null;

/**
 * Serves the local web-copy bucket on loopback as the distribution serves the real one: a path is
 * a key, `/` is `index.html`, GET and HEAD only, each object with its Content-Type and
 * Cache-Control and the distribution's security headers (all but HSTS, which plain HTTP cannot
 * carry). A key that is not there answers 403, as S3 does to CloudFront through origin access
 * control, which may not list the bucket.
 */
export async function startWebCopyServer(
  client: S3Client,
  bucket: string,
  port?: number,
): Promise<WebCopyServer> {
  const server = createServer((request, response) => {
    serve(client, bucket, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`the local S3 failed: ${(error as Error).message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port ?? portOfThisProcess ?? 0, '127.0.0.1', () => resolve());
  });
  const listening = (server.address() as AddressInfo).port;
  portOfThisProcess ??= listening;
  return {
    url: `http://127.0.0.1:${listening}`,
    stop: () => close(server),
  };
}

async function serve(client: S3Client, bucket: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    answer(response, 403, 'only GET and HEAD are allowed\n');
    return;
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const key = path === '/' ? WEB_INDEX_KEY : decodeURIComponent(path.slice(1));
  let object: Awaited<ReturnType<typeof getObject>>;
  try {
    object = await getObject(client, bucket, key);
  } catch (error) {
    if (!(error instanceof S3ServiceException && [403, 404].includes(error.$metadata.httpStatusCode ?? 0))) {
      throw error;
    }
    answer(response, 403, 'AccessDenied: no such page\n');
    return;
  }
  const body = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
  response.writeHead(200, {
    ...WEB_COPY_HEADERS,
    'Content-Type': object.ContentType ?? 'application/octet-stream',
    'Content-Length': body.byteLength,
    ...(object.CacheControl === undefined ? {} : { 'Cache-Control': object.CacheControl }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

const getObject = (client: S3Client, bucket: string, key: string) =>
  client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));

function answer(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...WEB_COPY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive connections of a browser or fetch would hold the server open.
    server.closeAllConnections();
  });
