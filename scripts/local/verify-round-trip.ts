import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/** Where each uploaded file ended up; `lost` lists those found nowhere. */
export interface Disposition {
  readonly processed: string[];
  readonly rejected: string[];
  readonly lost: string[];
}

async function exists(client: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

/** Checks that every uploaded inbox key now sits under `processed/` or `rejected/`. */
export async function dispositionOf(
  client: S3Client,
  bucket: string,
  inboxKeys: readonly string[],
): Promise<Disposition> {
  const result: Disposition = { processed: [], rejected: [], lost: [] };
  for (const key of inboxKeys) {
    const relative = key.slice('inbox/'.length);
    if (await exists(client, bucket, `processed/${relative}`)) result.processed.push(key);
    else if (await exists(client, bucket, `rejected/${relative}`)) result.rejected.push(key);
    else result.lost.push(key);
  }
  return result;
}
