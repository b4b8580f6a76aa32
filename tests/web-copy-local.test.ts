import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionSnapshot } from '../lambdas/core/index.js';
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
import { writeDistinctArticles } from './distinct-articles.js';

const EDITION = '2024-05-16';
const doc = (html: string) => parseHTML(html).document;

/** The href of the email's link whose text matches. */
function linkIn(email: SentEmail, text: RegExp): string {
  const link = [...doc(email.body.html ?? '').querySelectorAll('a')].find((a) =>
    text.test(a.textContent ?? ''),
  );
  return link?.getAttribute('href') ?? '';
}

// One pipeline and one send for the file: sixty stories, more than one email shows.
describe('the web copy on the local emulators, followed from the email over loopback', () => {
  let pipeline: LocalPipeline;
  let emails: SentEmail[];
  let headlines: string[];

  beforeAll(async () => {
    pipeline = await startLocalPipeline(undefined, { POWERTOOLS_LOG_LEVEL: 'SILENT' }, () => undefined);
    const { aws, queue } = pipeline;
    const client = localS3Client(aws.s3Endpoint);
    await uploadToInbox(client, aws.bucket, await filesToUpload([writeDistinctArticles(60)]), 8);
    await queue.idle();
    const { handler } = await import('../lambdas/handlers/newsletter-handler.js');
    await handler({ edition: EDITION }, localContext('news-digest-newsletter-local'));
    emails = await sentEmails(aws.sesEndpoint);
    const { readSnapshot } = await import('../lambdas/core/index.js');
    const { S3ObjectStore } = await import('../lambdas/adapters/s3-object-store.js');
    const snapshot = (await readSnapshot(new S3ObjectStore(client, aws.bucket), EDITION)) as EditionSnapshot;
    headlines = snapshot.digest.stories.map((s) => s.headline);
  }, 120_000);
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('opens every story of the edition from the email’s links, and the index lists the edition', async () => {
    // Prepare
    const [email] = emails;
    if (!email) throw new Error('no email was sent');
    const more = new URL(linkIn(email, /^\d+ more stories$/u));
    const view = linkIn(email, /^View this edition in your browser$/u);

    // Act
    const response = await fetch(more);
    const page = doc(await response.text());
    const index = doc(await (await fetch(`${pipeline.web.url}/`)).text());

    // Assess: the link leads to the page, at the first story the email left out.
    expect(emails).toHaveLength(2);
    expect(headlines).toHaveLength(60);
    expect(`${more.origin}${more.pathname}`).toBe(view);
    expect(view).toBe(`${pipeline.web.url}/editions/${EDITION}.html`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/u);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const shown = doc(email.body.html ?? '').querySelectorAll('h2').length;
    expect(shown).toBeLessThan(60);
    expect(more.hash).toBe(`#story-${shown + 1}`);
    expect(page.getElementById(more.hash.slice(1))?.textContent?.trim()).toBe(headlines[shown]);
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toEqual(headlines);
    const listed = [...index.querySelectorAll('h2 a')].map(
      (a) => new URL(a.getAttribute('href') ?? '', `${pipeline.web.url}/`).href,
    );
    expect(listed).toEqual([view]);
    expect(index.getElementById(EDITION)?.textContent).toContain('60 stories');
  });

  it('answers 403 for a page that is not there, as CloudFront does through origin access control', async () => {
    // Act
    const response = await fetch(`${pipeline.web.url}/editions/1999-01-01.html`);

    // Assess
    expect(response.status).toBe(403);
  });

  it.skipIf(!hasChromium())(
    'shows the linked story at the top of the window in Chromium, the page within its security policy',
    async () => {
      // Prepare
      const [email] = emails;
      const more = linkIn(email as SentEmail, /^\d+ more stories$/u);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
        });

        // Act
        await page.goto(more, { waitUntil: 'load' });
        const fragment = new URL(more).hash.slice(1);
        const top = await page.locator(`[id="${fragment}"]`).evaluate((el) => el.getBoundingClientRect().top);
        const headings = await page.locator('h2').count();

        // Assess
        expect(violations).toEqual([]);
        expect(headings).toBe(60);
        expect(Math.abs(top)).toBeLessThan(50);
      } finally {
        await browser.close();
      }
    },
  );
});
