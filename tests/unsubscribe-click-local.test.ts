import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../scripts/lib/browser.js';
import {
  filesToUpload,
  localS3Client,
  type SentEmail,
  sentEmails,
  uploadToInbox,
} from '../scripts/local/local-clients.js';
import { localContext } from '../scripts/local/local-context.js';
import { type LocalPipeline, startLocalPipeline } from '../scripts/local/local-pipeline.js';
import { SEEDS_DIR } from './helpers.js';

// CI installs Chromium (.ci/run); a developer machine without it skips this test, CI never does.
const runnable = hasChromium() || process.env.CI === 'true';

const READER = 'reader@example.com';
const EDITOR = 'editor@example.com';

/** The unsubscribe link of the email to `to`, as its plain-text part shows it. */
function unsubscribeLinkOf(emails: readonly SentEmail[], to: string): string {
  const email = emails.find((e) => e.destination.to.includes(to));
  const link = email?.body.text?.match(/Unsubscribe:\s+(\S+)/u)?.[1];
  if (!link) throw new Error(`no unsubscribe link in the email to ${to}`);
  return link;
}

describe.skipIf(!runnable)('unsubscribing locally, by clicking through in Chromium', () => {
  let pipeline: LocalPipeline;
  let browser: Browser;

  beforeAll(async () => {
    pipeline = await startLocalPipeline(undefined, { POWERTOOLS_LOG_LEVEL: 'SILENT' }, () => undefined);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await pipeline?.stop();
  });

  const send = async (edition: string) => {
    const { handler } = await import('../lambdas/handlers/newsletter-handler.js');
    return handler({ edition }, localContext('news-digest-newsletter-local'));
  };
  const upload = async (folder: string) => {
    const { aws, queue } = pipeline;
    await uploadToInbox(localS3Client(aws.s3Endpoint), aws.bucket, await filesToUpload([folder]), 4);
    await queue.idle();
  };
  const optOuts = async () => {
    const { aws } = pipeline;
    const listing = await localS3Client(aws.s3Endpoint).send(
      new ListObjectsV2Command({ Bucket: aws.bucket, Prefix: 'opt-outs/' }),
    );
    return (listing.Contents ?? []).map((o) => o.Key);
  };

  it('confirms on the page, and the next send skips the reader; a forged link changes nothing', async () => {
    // Prepare: today's edition mailed to both readers.
    await upload(SEEDS_DIR);
    const first = await send('2026-12-01');
    expect(first).toMatchObject({ sent: 2, optedOut: 0 });
    const link = unsubscribeLinkOf(await sentEmails(pipeline.aws.sesEndpoint), READER);
    expect(link.startsWith(pipeline.unsubscribe.url)).toBe(true);
    expect(link).not.toContain('reader');
    const page = await browser.newPage();

    // Act: a forged token, then the real link opened (as a link scanner would), then confirmed.
    const forged = new URL(link);
    forged.searchParams.set('t', `${forged.searchParams.get('t')?.slice(0, -2)}xx`);
    const refused = await page.goto(forged.toString());
    const refusedText = await page.locator('main').innerText();
    const opened = await page.goto(link);
    const afterOpening = await optOuts();
    const heading = await page.locator('h1').innerText();
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
    const afterConfirming = await optOuts();

    // Assess: the forged link and the opening changed nothing; the button did.
    expect(refused?.status()).toBe(403);
    expect(refusedText).toContain('Nothing was changed');
    expect(opened?.status()).toBe(200);
    expect(heading).toBe('Unsubscribe from News Digest?');
    expect(afterOpening).toEqual([]);
    expect(afterConfirming).toHaveLength(1);
    expect(afterConfirming[0]).not.toContain('reader');

    // Act: the next edition, with one more article.
    const folder = mkdtempSync(join(tmpdir(), 'next-day-'));
    const seed = join(SEEDS_DIR, '003_244b8d813f4475ac.txt');
    writeFileSync(
      join(folder, 'late.txt'),
      `${readFileSync(seed, 'utf8')}\nA late update was filed overnight.\n`,
    );
    await upload(folder);
    const before = (await sentEmails(pipeline.aws.sesEndpoint)).length;
    const next = await send('2026-12-02');
    const nextEmails = (await sentEmails(pipeline.aws.sesEndpoint)).slice(before);

    // Assess: only the editor got it.
    expect(next).toMatchObject({ sent: 1, optedOut: 1 });
    expect(nextEmails.flatMap((e) => e.destination.to)).toEqual([EDITOR]);

    // Act: subscribing again from the same page.
    await page.getByRole('button', { name: 'Subscribe again' }).click();
    await page.getByRole('heading', { name: 'You are subscribed again' }).waitFor();

    // Assess
    expect(await optOuts()).toEqual([]);
  }, 120_000);

  it("records a mail client's one-click POST (RFC 8058) to the link of the List-Unsubscribe header", async () => {
    // Prepare
    const link = unsubscribeLinkOf(await sentEmails(pipeline.aws.sesEndpoint), EDITOR);
    const before = await optOuts();

    // Act
    const response = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

    // Assess
    expect(response.status).toBe(200);
    expect((await optOuts()).length).toBe(before.length + 1);
  }, 30_000);
});
