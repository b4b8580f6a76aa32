import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';

/** An S3 client for the local emulator behind `endpoint`. */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** The files to upload for the given paths: files as they are, folders walked (hidden files skipped). */
export async function filesToUpload(paths: readonly string[]): Promise<{ path: string; key: string }[]> {
  const out: { path: string; key: string }[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const full = join(entry.parentPath, entry.name);
        const key = relative(path, full).split(sep).join('/');
        if (!key.split('/').some((part) => part.startsWith('.'))) out.push({ path: full, key });
      }
    } else {
      out.push({ path, key: basename(path) });
    }
  }
  return out;
}

/** Uploads files under `inbox/`, `concurrency` at a time. Returns the inbox keys. */
export async function uploadToInbox(
  client: S3Client,
  bucket: string,
  files: readonly { path: string; key: string }[],
  concurrency = 8,
): Promise<string[]> {
  const limit = pLimit(concurrency);
  await Promise.all(
    files.map((file) =>
      limit(async () =>
        client.send(
          new PutObjectCommand({ Bucket: bucket, Key: `inbox/${file.key}`, Body: await readFile(file.path) }),
        ),
      ),
    ),
  );
  return files.map((f) => `inbox/${f.key}`);
}

/** An email as the SES emulator stored it. */
export interface SentEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: string[]; readonly cc: string[]; readonly bcc: string[] };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
  readonly at: number;
}

/** The emails the SES emulator has received. */
export async function sentEmails(sesEndpoint: string): Promise<SentEmail[]> {
  const response = await fetch(`${sesEndpoint}/store`);
  if (!response.ok) throw new Error(`the SES emulator answered ${response.status}`);
  return ((await response.json()) as { emails: SentEmail[] }).emails;
}
