/**
 * `npm run local:demo -- [folder]`: the whole round trip, unattended: start the local AWS, upload
 * the folder (default seeds/), wait until every file is processed or rejected, send, read the
 * emails back from the SES emulator into out/local/, stop. Exits non-zero if anything failed.
 */
import { resolve } from 'node:path';
import { problemsOf, roundTrip, writeEmails } from './round-trip.js';

const folder = resolve(process.argv[2] ?? 'seeds');
const outDir = resolve('out', 'local');
try {
  const trip = await roundTrip([folder]);
  await writeEmails(trip.emails, outDir);
  const { processed, rejected, lost } = trip.disposition;
  console.log(
    `uploaded ${trip.uploaded.length} files: ${processed.length} processed, ${rejected.length} rejected, ${lost.length} lost`,
  );
  for (const r of trip.snapshot?.digest.rejected ?? []) console.log(`  rejected ${r.key}: ${r.reason}`);
  console.log(
    `ingested in ${trip.seconds.ingest.toFixed(2)} s; sent ${trip.report.sent} emails in ${trip.seconds.send.toFixed(2)} s`,
  );
  console.log(`subject: ${trip.report.subject ?? '(nothing sent)'}`);
  console.log(`wrote ${trip.emails.length} emails to ${outDir} (emails.json, email-N.html, email-N.txt)`);
  const problems = problemsOf(trip);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`local:demo: ${problem}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`local:demo: ${(error as Error).message}`);
  process.exit(1);
}
