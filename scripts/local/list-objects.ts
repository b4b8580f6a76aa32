/** The part of s3rver's store a listing reads. */
export interface ObjectListSource {
  getBucket(bucket: string): Promise<unknown>;
  listObjects(
    bucket: string,
    options: { prefix: string; maxKeys: number },
  ): Promise<{
    objects: { key: string; metadata: { etag: string; 'last-modified': string; 'content-length': number } }[];
  }>;
}

const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

// S3 orders keys by their UTF-8 bytes.
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

const toToken = (after: string): string => Buffer.from(after).toString('base64url');
const fromToken = (token: string): string => Buffer.from(token, 'base64url').toString();

type Entry =
  | { kind: 'object'; key: string; etag: string; modified: string; size: number }
  | { kind: 'prefix'; key: string };

/**
 * ListObjectsV2, answered from s3rver's store. s3rver walks its folders, so it lists `a/b`
 * before `a` and `a-c` (S3 orders by bytes: `a`, `a-c`, `a/b`), and a paged listing then skips
 * keys; its continuation tokens use DES, which Node 17+ refuses without
 * `--openssl-legacy-provider`, so every truncated page is a 500. Null when the bucket is missing
 * (s3rver answers that).
 */
export async function listObjectsV2(
  store: ObjectListSource,
  bucket: string,
  query: URLSearchParams,
): Promise<string | null> {
  if (!(await store.getBucket(bucket))) return null;
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const maxKeys = Math.min(1000, Math.max(0, Number(query.get('max-keys') ?? 1000) || 0));
  const token = query.get('continuation-token');
  const startAfter = query.get('start-after') ?? '';
  const after = token !== null ? fromToken(token) : startAfter;
  const encode = query.get('encoding-type') === 'url';
  const text = (value: string): string =>
    escapeXml(encode ? encodeURIComponent(value).replace(/%2F/gu, '/') : value);

  const { objects } = await store.listObjects(bucket, { prefix, maxKeys: Number.POSITIVE_INFINITY });
  const sorted = objects.filter((o) => byBytes(o.key, after) > 0).sort((a, b) => byBytes(a.key, b.key));
  const entries: Entry[] = [];
  let truncated = false;
  for (const object of sorted) {
    const cut = delimiter === '' ? -1 : object.key.indexOf(delimiter, prefix.length);
    const entry: Entry =
      cut === -1
        ? {
            kind: 'object',
            key: object.key,
            etag: object.metadata.etag,
            modified: new Date(object.metadata['last-modified']).toISOString(),
            size: Number(object.metadata['content-length']),
          }
        : { kind: 'prefix', key: object.key.slice(0, cut + delimiter.length) };
    // A common prefix is listed once, and not again on the page after the one that ended with it.
    if (entry.kind === 'prefix' && (entry.key === entries.at(-1)?.key || entry.key === after)) continue;
    if (entries.length === maxKeys) {
      truncated = true;
      break;
    }
    entries.push(entry);
  }

  const last = entries.at(-1);
  const parts = [
    `<Name>${escapeXml(bucket)}</Name>`,
    `<Prefix>${text(prefix)}</Prefix>`,
    ...(delimiter ? [`<Delimiter>${text(delimiter)}</Delimiter>`] : []),
    `<MaxKeys>${maxKeys}</MaxKeys>`,
    `<KeyCount>${entries.length}</KeyCount>`,
    `<IsTruncated>${truncated}</IsTruncated>`,
    ...(token !== null ? [`<ContinuationToken>${escapeXml(token)}</ContinuationToken>`] : []),
    ...(truncated && last ? [`<NextContinuationToken>${toToken(last.key)}</NextContinuationToken>`] : []),
    ...(startAfter ? [`<StartAfter>${text(startAfter)}</StartAfter>`] : []),
    ...(encode ? ['<EncodingType>url</EncodingType>'] : []),
    ...entries.map((e) =>
      e.kind === 'object'
        ? `<Contents><Key>${text(e.key)}</Key><LastModified>${e.modified}</LastModified>` +
          `<ETag>${escapeXml(e.etag)}</ETag><Size>${e.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`
        : `<CommonPrefixes><Prefix>${text(e.key)}</Prefix></CommonPrefixes>`,
    ),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${parts.join('')}</ListBucketResult>`
  );
}
