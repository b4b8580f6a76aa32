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
      // Past the headers the answer can only be cut short; the client sees the broken response.
      if (res.headersSent) res.destroy(error);
      else res.writeHead(502).end(String(error));
      resolve();
    });
    req.pipe(upstream);
  });
}

/** A fault to inject: requests of `method` to keys starting with `keyPrefix` answer `status`, `times` times. */
export interface Fault {
  readonly method: string;
  readonly keyPrefix: string;
  readonly status: number;
  /** Only requests that carry S3 conditions (If-Match, If-None-Match). */
  readonly conditionalOnly?: boolean;
  times: number;
}

/** A running front: its server, and the faults it is told to inject. */
export interface ConditionalFront {
  readonly server: Server;
  readonly faults: Fault[];
}

const FAULT_CODES: Readonly<Record<number, string>> = {
  412: 'PreconditionFailed',
  500: 'InternalError',
  503: 'SlowDown',
};

function keyOf(url: string | undefined): { bucket: string; key: string } {
  const path = new URL(url ?? '/', 'http://local').pathname.split('/').slice(1);
  return { bucket: decodeURIComponent(path[0] ?? ''), key: path.slice(1).map(decodeURIComponent).join('/') };
}

/** Answers with an injected fault if one matches the request (and counts it down). */
function injected(faults: Fault[], req: IncomingMessage, res: ServerResponse, conditional: boolean): boolean {
  const { key } = keyOf(req.url);
  const fault = faults.find(
    (f) =>
      f.times > 0 &&
      f.method === req.method &&
      key.startsWith(f.keyPrefix) &&
      (!f.conditionalOnly || conditional),
  );
  if (!fault) return false;
  fault.times--;
  req.resume();
  const code = FAULT_CODES[fault.status] ?? 'InjectedFault';
  res
    .writeHead(fault.status, { 'Content-Type': 'application/xml' })
    .end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>injected fault</Message></Error>`,
    );
  return true;
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
 * one key are serialized, so the check and the write act as one step, as on S3. Tests can make it
 * inject faults (`faults`) to see the pipeline recover.
 */
export async function startConditionalFront(
  store: ObjectMetadataSource,
  target: AddressInfo,
  port: number,
): Promise<ConditionalFront> {
  const locks = new KeyLocks();
  const faults: Fault[] = [];
  const server = createServer((req, res) => {
    fixCopySource(req);
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    const conditional = req.method === 'PUT' && (ifMatch !== undefined || ifNoneMatch !== undefined);
    if (injected(faults, req, res, conditional)) return;
    const { bucket, key } = keyOf(req.url);
    if (!conditional) {
      // s3rver writes an object in place: a read during a conditional write could see half of it,
      // which S3 never shows. Reads wait for the key's conditional writes, as S3's atomicity implies.
      if (req.method === 'GET' || req.method === 'HEAD')
        void locks.run(`${bucket}/${key}`, () => forward(req, res, target));
      else void forward(req, res, target);
      return;
    }
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
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return { server, faults };
}
