/** `npm run local:drop -- <files or folders>`: uploads under inbox/ of the running local bucket. */
import { filesToUpload, localS3Client, uploadToInbox } from './local-clients.js';
import { LOCAL_SETTINGS } from './local-pipeline.js';
import { LOCAL_ENDPOINTS } from './local-ports.js';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run local:drop -- <files or folders>');
  process.exit(1);
}
try {
  const files = await filesToUpload(paths);
  const keys = await uploadToInbox(localS3Client(LOCAL_ENDPOINTS.s3), LOCAL_SETTINGS.BUCKET_NAME, files);
  for (const key of keys) console.log(`uploaded ${key}`);
} catch (error) {
  const reason = (error as Error).message;
  console.error(`local:drop: ${reason}. Is \`npm run local\` running (S3 at ${LOCAL_ENDPOINTS.s3})?`);
  process.exit(1);
}
