import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The part of s3rver's store the front consults. */
export interface ObjectMetadataSource {
  getMetadata(bucket: string, key: string): Promise<{ etag: string }>;
}

const unquote = (etag: string): string => etag.replace(/^W\//u, '').replace(/"/gu, '');

const PRECONDITION_FAILED =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code>' +
  '<Message>At least one of the pre-conditions you specified did not hold</Message></Error>';

/** Runs one task per key at a time, so a conditional check and its write are not split by another writer. */
class KeyLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const current = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

function forward(req: IncomingMessage, res: ServerResponse, target: AddressInfo): Promise<void> {
  return new Promise((resolve) => {
    const upstream = request(
      { host: target.address, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', resolve);
        answer.on('error', resolve);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502).end(String(error));
      resolve();
    });
    req.pipe(upstream);
  });
}

/**
 * s3rver reads `x-amz-copy-source` with decodeURI, which leaves %2B and other reserved escapes
 * undecoded, so a key with "+" is never found; S3 decodes it fully. The header is re-encoded the
 * way s3rver reads it (and s3rver is told not to check signatures over it).
 */
function fixCopySource(req: IncomingMessage): void {
  const source = req.headers['x-amz-copy-source'];
  if (typeof source === 'string') req.headers['x-amz-copy-source'] = encodeURI(decodeURIComponent(source));
}

/**
 * An HTTP front for s3rver that gives PUT its S3 conditions: `If-None-Match: *` fails with 412
 * when the object exists, `If-Match` when its ETag differs. s3rver ignores both; without this,
 * the pipeline's optimistic concurrency would never be exercised locally. Conditional writes to
 * one key are serialized, so the check and the write act as one step, as on S3.
 */
export function startConditionalFront(
  store: ObjectMetadataSource,
  target: AddressInfo,
  port: number,
): Promise<Server> {
  const locks = new KeyLocks();
  const server = createServer((req, res) => {
    fixCopySource(req);
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    const conditional = req.method === 'PUT' && (ifMatch !== undefined || ifNoneMatch !== undefined);
    if (!conditional) {
      void forward(req, res, target);
      return;
    }
    const path = new URL(req.url ?? '/', 'http://local').pathname.split('/').slice(1);
    const bucket = decodeURIComponent(path[0] ?? '');
    const key = path.slice(1).map(decodeURIComponent).join('/');
    void locks.run(`${bucket}/${key}`, async () => {
      const current = await store.getMetadata(bucket, key).catch(() => null);
      const failed =
        (ifNoneMatch === '*' && current !== null) ||
        (typeof ifMatch === 'string' && (current === null || unquote(current.etag) !== unquote(ifMatch)));
      if (failed) {
        req.resume();
        res.writeHead(412, { 'Content-Type': 'application/xml' }).end(PRECONDITION_FAILED);
        return;
      }
      await forward(req, res, target);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
