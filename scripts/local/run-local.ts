/**
 * `npm run local`: S3 and SES emulators on loopback with the real ingest handler behind them,
 * until Ctrl-C.
 */
import { LOCAL_SETTINGS, startLocalPipeline } from './local-pipeline.js';
import { LOCAL_PORTS } from './local-ports.js';

const pipeline = await startLocalPipeline(LOCAL_PORTS);
const { aws } = pipeline;
console.log(`Local AWS is running.
  S3 endpoint     ${aws.s3Endpoint}   (bucket "${aws.bucket}", access key S3RVER / secret S3RVER, path-style)
  SES viewer      ${aws.viewerUrl}   (sent emails; JSON at ${aws.sesEndpoint}/store)

Files uploaded under inbox/ are ingested by the real ingest handler.
  Drop files:     npm run local:drop -- <files or folders>
  Send:           npm run local:send            (today's edition; add -- --dry-run to only render)
  Recipients:     ${LOCAL_SETTINGS.RECIPIENTS}

Press Ctrl-C to stop.`);

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
