import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type EditionSnapshot, type SendReport, snapshotKey } from '../../lambdas/core/index.js';
import type { Fault } from './conditional-front.js';
import { filesToUpload, localS3Client, type SentEmail, sentEmails, uploadToInbox } from './local-clients.js';
import { localContext } from './local-context.js';
import { startLocalPipeline } from './local-pipeline.js';
import { todayEdition } from './local-ports.js';
import { type Disposition, dispositionOf } from './verify-round-trip.js';

/** Everything a round trip did, for a person or a test to check. */
export interface RoundTrip {
  readonly uploaded: string[];
  readonly disposition: Disposition;
  /** The edition's snapshot, as the send built it. */
  readonly snapshot: EditionSnapshot | null;
  readonly deadLetters: number;
  readonly report: SendReport;
  readonly emails: SentEmail[];
  readonly seconds: { readonly ingest: number; readonly send: number };
}

/** How a round trip uploads, and what goes wrong on purpose. */
export interface RoundTripOptions {
  /** Uploads at once. */
  readonly concurrency?: number;
  /** Faults the S3 front injects during the trip. */
  readonly faults?: readonly Fault[];
}

/** The problems that make a round trip a failure; empty when it succeeded. */
export function problemsOf(trip: RoundTrip): string[] {
  const problems: string[] = [];
  if (trip.disposition.lost.length > 0)
    problems.push(`${trip.disposition.lost.length} files were neither processed nor rejected`);
  if (trip.deadLetters > 0) problems.push(`${trip.deadLetters} messages failed every delivery`);
  if (trip.report.failed.length > 0)
    problems.push(`${trip.report.failed.length} recipients were not sent the edition`);
  if (trip.emails.length === 0) problems.push('no email was sent');
  return problems;
}

/**
 * Starts the local pipeline, uploads the files (`concurrency` at a time), waits until every one
 * is processed or rejected, sends today's edition, reads the sent emails back from the SES
 * emulator, and stops.
 */
export async function roundTrip(
  paths: readonly string[],
  options: RoundTripOptions = {},
): Promise<RoundTrip> {
  const { concurrency = 8, faults = [] } = options;
  const pipeline = await startLocalPipeline(undefined, { POWERTOOLS_LOG_LEVEL: 'SILENT' }, () => undefined);
  try {
    const { aws, queue } = pipeline;
    aws.faults.push(...faults);
    const client = localS3Client(aws.s3Endpoint);
    const started = performance.now();
    const uploaded = await uploadToInbox(client, aws.bucket, await filesToUpload(paths), concurrency);
    // Every upload has been notified once its PUT returned; wait for the queue to drain.
    await queue.idle();
    const ingested = performance.now();
    const disposition = await dispositionOf(client, aws.bucket, uploaded);
    const { handler } = await import('../../lambdas/handlers/newsletter-handler.js');
    const report = await handler({ edition: todayEdition() }, localContext('news-digest-newsletter-local'));
    const snapshot = await readSnapshotObject(client, aws.bucket);
    const emails = await sentEmails(aws.sesEndpoint);
    const sent = performance.now();
    return {
      uploaded,
      disposition,
      snapshot,
      deadLetters: queue.deadLetters.length,
      report,
      emails,
      seconds: { ingest: (ingested - started) / 1000, send: (sent - ingested) / 1000 },
    };
  } finally {
    await pipeline.stop();
  }
}

/** Writes the sent emails: `emails.json` with recipients, subject and both bodies, and each email's `.html` and `.txt`. */
export async function writeEmails(emails: readonly SentEmail[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const summary = emails.map((email, i) => ({
    file: `email-${i + 1}`,
    to: email.destination.to,
    from: email.from,
    subject: email.subject,
    html: email.body.html ?? '',
    text: email.body.text ?? '',
  }));
  await writeFile(join(outDir, 'emails.json'), `${JSON.stringify(summary, null, 2)}\n`);
  for (const email of summary) {
    await writeFile(join(outDir, `${email.file}.html`), email.html);
    await writeFile(join(outDir, `${email.file}.txt`), email.text);
  }
}

async function readSnapshotObject(client: S3Client, bucket: string): Promise<EditionSnapshot | null> {
  try {
    const object = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: snapshotKey(todayEdition()) }),
    );
    return JSON.parse((await object.Body?.transformToString()) ?? 'null') as EditionSnapshot;
  } catch {
    return null;
  }
}
