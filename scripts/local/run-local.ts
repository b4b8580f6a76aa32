/**
 * `npm run local`: S3 and SES emulators on loopback with the real ingest handler behind them,
 * and the web copies served as CloudFront serves them, until Ctrl-C. The buckets live in
 * .local/s3/ of the project (or $LOCAL_S3_DIR), so a restart finds every object where it was.
 */
import { join, relative, resolve } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { keepLocalS3In } from './local-aws.js';
import { localS3Client } from './local-clients.js';
import { LOCAL_SETTINGS, startLocalPipeline } from './local-pipeline.js';
import { LOCAL_PORTS } from './local-ports.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = process.env.LOCAL_S3_DIR;
keepLocalS3In(dir ? resolve(dir) : join(ROOT, '.local', 's3'));

const pipeline = await startLocalPipeline(LOCAL_PORTS);
const { aws } = pipeline;
const shown = relative(process.cwd(), aws.directory) || '.';
console.log(`Local AWS is running.
  S3 endpoint     ${aws.s3Endpoint}   (bucket "${aws.bucket}", access key S3RVER / secret S3RVER, path-style)
  S3 files        ${shown.startsWith('..') ? aws.directory : shown}   (kept across restarts; delete the folder to start empty)
  SES viewer      ${aws.viewerUrl}   (sent emails; JSON at ${aws.sesEndpoint}/store)
  Unsubscribe     ${pipeline.unsubscribe.url}   (the emails' unsubscribe links open here; opt-outs go under opt-outs/)
  Web copies      ${pipeline.web.url}/   (every edition, as the emails' "view in browser" links open it; bucket "${LOCAL_SETTINGS.WEB_BUCKET_NAME}")

Files uploaded under inbox/ are ingested by the real ingest handler.
  Drop files:     npm run local:drop -- <files or folders>
  Send:           npm run local:send            (today's edition; add -- --dry-run to only render)
  Recipients:     ${LOCAL_SETTINGS.RECIPIENTS}

Press Ctrl-C to stop.`);

// The queue lives in this process: files an earlier run left under inbox/ are not announced again.
const left = await localS3Client(aws.s3Endpoint).send(
  new ListObjectsV2Command({ Bucket: aws.bucket, Prefix: 'inbox/', MaxKeys: 1000 }),
);
const leftCount = left.KeyCount ?? 0;
if (leftCount > 0)
  console.log(
    `\nNote: ${leftCount}${left.IsTruncated ? '+' : ''} files wait under inbox/ from an earlier run; they are not ingested again unless dropped again.`,
  );

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping: waiting for ingestion in progress…');
  await pipeline.stop();
  if (pipeline.queue.deadLetters.length > 0) {
    console.log(`${pipeline.queue.deadLetters.length} messages failed every delivery (dead letters).`);
  }
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
