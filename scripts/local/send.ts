/** `npm run local:send -- [--edition YYYY-MM-DD] [--dry-run]`: runs the newsletter handler against the running local AWS. */
import { parseArgs } from 'node:util';
import { localContext } from './local-context.js';
import { LOCAL_SETTINGS } from './local-pipeline.js';
import { LOCAL_ENDPOINTS, todayEdition } from './local-ports.js';

const { values } = parseArgs({ options: { edition: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
Object.assign(process.env, LOCAL_SETTINGS, {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_ENDPOINT_URL_S3: LOCAL_ENDPOINTS.s3,
  AWS_ENDPOINT_URL_SES: LOCAL_ENDPOINTS.ses,
  AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
  AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
  S3_FORCE_PATH_STYLE: 'true',
  // The emails link the web copies where `npm run local` serves them.
  ARCHIVE_BASE_URL: LOCAL_ENDPOINTS.web,
});
const { handler } = await import('../../lambdas/handlers/newsletter-handler.js');
try {
  const report = await handler(
    { edition: values.edition ?? todayEdition(), dryRun: values['dry-run'] ?? false },
    localContext('news-digest-newsletter-local'),
  );
  console.log(JSON.stringify(report, null, 2));
  if (!report.dryRun && report.sent > 0) {
    console.log(`Read them at ${LOCAL_ENDPOINTS.ses}/; every edition at ${LOCAL_ENDPOINTS.web}/`);
  }
} catch (error) {
  console.error(`local:send: ${(error as Error).message}. Is \`npm run local\` running?`);
  process.exit(1);
}
