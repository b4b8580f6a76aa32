import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesToUpload, localS3Client, sentEmails, uploadToInbox } from '../scripts/local/local-clients.js';
import { localContext } from '../scripts/local/local-context.js';
import { startLocalPipeline } from '../scripts/local/local-pipeline.js';
import { SEEDS_DIR } from './helpers.js';

const READERS = ['ana@example.com', 'ben@example.com', 'chloe@example.com', 'dan@example.com'];
const LATE_TITLE = 'Harbour fire in Rotterdam contained after two days';

/** An article on another event, uploaded while the edition is being sent. */
function lateArticle(): string {
  const folder = mkdtempSync(join(tmpdir(), 'late-'));
  writeFileSync(
    join(folder, 'late-harbour-fire.txt'),
    `${LATE_TITLE}\n\nFirefighters in Rotterdam said on Thursday that the fire at the harbour's oil terminal was contained after burning for two days.\n\nNo one was injured, the port authority said, and shipping resumed in the western basin on Thursday afternoon.\n\nThe cause of the fire at the terminal, which stores 1.2 million cubic metres of fuel, is being investigated.\n`,
  );
  return folder;
}

describe('an edition on the local emulators, while files keep arriving', () => {
  it('mails every reader the same stories; a file uploaded during the send is in the next edition', async () => {
    // Prepare: the seeds ingested; four readers, one message a second, so the send takes three seconds.
    const pipeline = await startLocalPipeline(
      undefined,
      { RECIPIENTS: READERS.join(','), SEND_RATE: '1' },
      () => undefined,
    );
    try {
      const { aws, queue } = pipeline;
      const client = localS3Client(aws.s3Endpoint);
      await uploadToInbox(client, aws.bucket, await filesToUpload([SEEDS_DIR]), 5);
      await queue.idle();
      const { handler } = await import('../lambdas/handlers/newsletter-handler.js');

      // Act: send, and upload another report once the first reader has the edition.
      const sending = handler({ edition: '2024-05-16' }, localContext('newsletter'));
      while ((await sentEmails(aws.sesEndpoint)).length === 0) await new Promise((r) => setTimeout(r, 50));
      await uploadToInbox(client, aws.bucket, await filesToUpload([lateArticle()]), 1);
      await queue.idle();
      const midway = (await sentEmails(aws.sesEndpoint)).length;
      const report = await sending;
      const edition = await sentEmails(aws.sesEndpoint);
      const next = await handler({ edition: '2024-05-17' }, localContext('newsletter'));
      const all = await sentEmails(aws.sesEndpoint);

      // Assess: the late file was ingested while readers were still waiting for the edition.
      expect(midway).toBeLessThan(READERS.length);
      expect(report).toMatchObject({ sent: 4, stories: 2 });
      expect(edition.map((e) => e.destination.to[0]).sort()).toEqual([...READERS].sort());
      const storiesOf = (html: string) =>
        ['Putin arrives in China for state visit', 'Strengthen Russia-China Alliance', LATE_TITLE].filter(
          (t) => html.includes(t),
        );
      for (const email of edition)
        expect(storiesOf(email.body.html ?? '')).toEqual([
          'Putin arrives in China for state visit',
          'Strengthen Russia-China Alliance',
        ]);
      expect(next).toMatchObject({ sent: 4, stories: 1 });
      const later = all.slice(edition.length);
      expect(later).toHaveLength(4);
      for (const email of later) expect(storiesOf(email.body.html ?? '')).toEqual([LATE_TITLE]);
    } finally {
      await pipeline.stop();
    }
  }, 60_000);
});
