import { S3Client } from '@aws-sdk/client-s3';

// Built like the project's functions (the client at module scope, as the S3 adapter does), so that
// the comparison isolates what the project's own code adds to a cold start.
const client = new S3Client({});

/** A handler that does nothing: the floor of a cold start for a function using S3. */
export async function handler(): Promise<{ ok: boolean }> {
  return { ok: typeof client.send === 'function' };
}
