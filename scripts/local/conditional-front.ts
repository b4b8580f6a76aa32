import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KeyLocks } from './key-locks.js';
import { listObjectsV2, type ObjectListSource } from './list-objects.js';
import { unholdableKey } from './local-key-limits.js';
import { noSuchKey, preconditionFailed, type S3ErrorAnswer, sendS3Error } from './s3-errors.js';

/** The part of s3rver's store the front consults. */
export interface ObjectMetadataSource extends ObjectListSource {
  getMetadata(bucket: string, key: string): Promise<{ etag: string }>;
}

/** A fault to inject: requests of `method` to keys starting with `keyPrefix` answer `status`, `times` times. */
export interface Fault {
  readonly method: string;
  readonly keyPrefix: string;
  readonly status: number;
  /** Only requests that carry S3 conditions (If-Match, If-None-Match, x-amz-copy-source-if-*). */
  readonly conditionalOnly?: boolean;
  times: number;
}

/** A running front: its server, and the faults it is told to inject. */
export interface ConditionalFront {
  readonly server: Server;
  readonly faults: Fault[];
}

interface ObjectRef {
  readonly bucket: string;
  readonly key: string;
}

const FAULT_CODES: Readonly<Record<number, string>> = {
  412: 'PreconditionFailed',
  500: 'InternalError',
  503: 'SlowDown',
};

const CONDITION_HEADERS = [
  'if-match',
  'if-none-match',
  'x-amz-copy-source-if-match',
  'x-amz-copy-source-if-none-match',
] as const;

const decode = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** Bucket and key of a path, split by hand: URL parsing would resolve `.` and `..` segments S3 keeps. */
function refOf(path: string): ObjectRef {
  const [bucket = '', ...key] = path.replace(/^\//u, '').split('/');
  return { bucket: decode(bucket), key: key.map(decode).join('/') };
}

const targetOf = (url: string | undefined): ObjectRef => refOf((url ?? '/').split('?')[0] ?? '/');

/** The object a CopyObject reads: `x-amz-copy-source` is `bucket/key`, URL-encoded, maybe `?versionId=`. */
function copySourceOf(req: IncomingMessage): ObjectRef | null {
  const source = req.headers['x-amz-copy-source'];
  return typeof source === 'string' ? refOf(source.split('?')[0] ?? '') : null;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

const unquote = (etag: string): string => etag.trim().replace(/^W\//u, '').replace(/"/gu, '');

/** Whether an If-Match style list (`*`, or ETags separated by commas) names the stored ETag. */
const names = (list: string, etag: string): boolean =>
  list.split(',').some((item) => item.trim() === '*' || unquote(item) === unquote(etag));

function forward(req: IncomingMessage, res: ServerResponse, target: AddressInfo): Promise<void> {
  return new Promise((resolve) => {
    // A client that goes away mid-answer must not keep the key locked.
    res.on('close', resolve);
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

/** Answers with an injected fault if one matches the request (and counts it down). */
function injected(faults: Fault[], req: IncomingMessage, res: ServerResponse, conditional: boolean): boolean {
  const { key } = targetOf(req.url);
  const fault = faults.find(
    (f) =>
      f.times > 0 &&
      f.method === req.method &&
      key.startsWith(f.keyPrefix) &&
      (!f.conditionalOnly || conditional),
  );
  if (!fault) return false;
  fault.times--;
  sendS3Error(req, res, {
    status: fault.status,
    code: FAULT_CODES[fault.status] ?? 'InjectedFault',
    message: 'injected fault',
  });
  return true;
}

/**
 * s3rver reads `x-amz-copy-source` with decodeURI, which leaves %2B and other reserved escapes
 * undecoded, so a key with "+" is never found; S3 decodes it fully. The header is re-encoded the
 * way s3rver reads it (and s3rver is told not to check signatures over it).
 */
function fixCopySource(req: IncomingMessage): void {
  const source = req.headers['x-amz-copy-source'];
  if (typeof source === 'string') req.headers['x-amz-copy-source'] = encodeURI(decode(source));
}

/** What S3 answers for a key s3rver's disk cannot hold: such an object cannot exist here. */
function answerForUnholdable(req: IncomingMessage, refusal: S3ErrorAnswer): S3ErrorAnswer | 'no content' {
  if (req.method === 'PUT' || req.method === 'POST') return refusal;
  // S3 deletes a missing key quietly, unless the delete was conditional.
  if (req.method === 'DELETE' && header(req, 'if-match') === undefined) return 'no content';
  return noSuchKey();
}

/**
 * The S3 conditions s3rver ignores, checked against the stored objects: If-Match and
 * If-None-Match on writes (PutObject, CopyObject, CompleteMultipartUpload), reads and deletes,
 * and x-amz-copy-source-if-match / -if-none-match on the source of a copy.
 */
async function unmetCondition(
  store: ObjectMetadataSource,
  req: IncomingMessage,
  target: ObjectRef,
  source: ObjectRef | null,
): Promise<S3ErrorAnswer | 'not modified' | null> {
  const etagOf = (ref: ObjectRef): Promise<string | null> =>
    store.getMetadata(ref.bucket, ref.key).then(
      (metadata) => metadata.etag,
      () => null,
    );
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  if (source !== null) {
    const sourceIfMatch = header(req, 'x-amz-copy-source-if-match');
    const sourceIfNoneMatch = header(req, 'x-amz-copy-source-if-none-match');
    if (sourceIfMatch !== undefined || sourceIfNoneMatch !== undefined) {
      const etag = await etagOf(source);
      // A missing source is NoSuchKey on S3, whatever the conditions.
      if (etag === null) return noSuchKey();
      if (sourceIfMatch !== undefined && !names(sourceIfMatch, etag)) return preconditionFailed();
      if (sourceIfNoneMatch !== undefined && names(sourceIfNoneMatch, etag)) return preconditionFailed();
    }
  }
  if (ifMatch === undefined && ifNoneMatch === undefined) return null;
  const etag = await etagOf(target);
  switch (req.method) {
    case 'PUT':
    case 'POST':
      if (ifNoneMatch === '*' && etag !== null) return preconditionFailed();
      if (ifMatch !== undefined && (etag === null || !names(ifMatch, etag))) return preconditionFailed();
      return null;
    case 'DELETE':
      if (ifMatch === undefined) return null;
      // S3 answers a conditional delete of a missing key with 404, not 412.
      if (etag === null) return noSuchKey();
      return names(ifMatch, etag) ? null : preconditionFailed();
    case 'GET':
    case 'HEAD':
      if (etag === null) return null; // s3rver answers NoSuchKey itself
      if (ifMatch !== undefined && !names(ifMatch, etag)) return preconditionFailed();
      if (ifNoneMatch !== undefined && names(ifNoneMatch, etag)) return 'not modified';
      return null;
    default:
      return null;
  }
}

/**
 * An HTTP front for s3rver that makes it behave like S3 where the pipeline depends on it:
 * - conditions s3rver ignores answer 412 PreconditionFailed (or 404 where S3 does) when they do
 *   not hold: If-None-Match and If-Match on writes, If-Match on deletes and reads, and
 *   x-amz-copy-source-if-(none-)match on copies;
 * - requests to one key (a copy: both its keys) run one at a time, so a check and its action act
 *   as one step, and no reader sees an object s3rver is still writing in place;
 * - ListObjectsV2 is answered from s3rver's store in S3's order, with tokens that work (see
 *   list-objects.ts);
 * - a key s3rver's files cannot hold (a segment too long for a file name, `.`/`..` or empty
 *   segments) is refused with a 400 that says why, instead of failing or aliasing on disk.
 * Tests can make it inject faults (`faults`) to see the pipeline recover.
 */
export async function startConditionalFront(
  store: ObjectMetadataSource,
  target: AddressInfo,
  port: number,
): Promise<ConditionalFront> {
  const locks = new KeyLocks();
  const faults: Fault[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const destination = targetOf(req.url);
    const source = copySourceOf(req);
    fixCopySource(req);
    const conditional = CONDITION_HEADERS.some((name) => req.headers[name] !== undefined);
    if (injected(faults, req, res, conditional)) return;
    // Bucket requests (listing, bucket creation) touch no single key.
    if (destination.key === '') {
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      const listing =
        req.method === 'GET' && query.get('list-type') === '2'
          ? await listObjectsV2(store, destination.bucket, query)
          : null;
      if (listing === null) return forward(req, res, target);
      req.resume();
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(listing);
      return;
    }
    const refusal = unholdableKey(destination.key);
    const sourceRefusal = source === null ? null : unholdableKey(source.key);
    if (refusal !== null || sourceRefusal !== null) {
      const answer = refusal !== null ? answerForUnholdable(req, refusal) : noSuchKey();
      if (answer === 'no content') {
        req.resume();
        res.writeHead(204).end();
      } else sendS3Error(req, res, answer);
      return;
    }
    const keys = [destination, ...(source === null ? [] : [source])].map((r) => `${r.bucket}/${r.key}`);
    await locks.runAll(keys, async () => {
      const unmet = await unmetCondition(store, req, destination, source);
      if (unmet === 'not modified') {
        req.resume();
        res.writeHead(304).end();
      } else if (unmet !== null) sendS3Error(req, res, unmet);
      else await forward(req, res, target);
    });
  };
  const server = createServer((req, res) => {
    // A store error answers this request as S3's 500 would; it must not end the process.
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy(error as Error);
      else sendS3Error(req, res, { status: 500, code: 'InternalError', message: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return { server, faults };
}
