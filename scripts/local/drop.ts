/**
 * `npm run local:drop -- <files or folders>`: uploads under inbox/ of the running local bucket.
 * A file the local S3 refuses is reported with S3's reason, and the others still go up.
 */
import { readFile } from 'node:fs/promises';
import { PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { filesToUpload, localS3Client } from './local-clients.js';
import { LOCAL_SETTINGS } from './local-pipeline.js';
import { LOCAL_ENDPOINTS } from './local-ports.js';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run local:drop -- <files or folders>');
  process.exit(1);
}

const hint = `Is \`npm run local\` running (S3 at ${LOCAL_ENDPOINTS.s3})?`;
let files: { path: string; key: string }[];
try {
  files = await filesToUpload(paths);
} catch (error) {
  console.error(`local:drop: ${(error as Error).message}`);
  process.exit(1);
}

const client = localS3Client(LOCAL_ENDPOINTS.s3);
const limit = pLimit(8);
let refused = 0;
let unreachable = false;
await Promise.all(
  files.map((file) =>
    limit(async () => {
      const key = `inbox/${file.key}`;
      try {
        const body = await readFile(file.path);
        await client.send(new PutObjectCommand({ Bucket: LOCAL_SETTINGS.BUCKET_NAME, Key: key, Body: body }));
        console.log(`uploaded ${key}`);
      } catch (error) {
        refused++;
        // An answer from S3 is about this file; anything else (no connection) is about all of them.
        if (error instanceof S3ServiceException)
          console.error(`not uploaded ${key}: ${error.name}: ${error.message}`);
        else {
          unreachable = true;
          console.error(`not uploaded ${key}: ${(error as Error).message}`);
        }
      }
    }),
  ),
);
if (unreachable) console.error(`local:drop: ${hint}`);
if (refused > 0) {
  console.error(`local:drop: ${refused} of ${files.length} files not uploaded.`);
  process.exit(1);
}
