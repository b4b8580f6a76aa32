import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_HTML_BYTES, renderNewsletter, renderWebCopy } from '../lambdas/core/index.js';
import { digestFixture, LINKS, longDigest, TEMPLATES } from './helpers-render.js';

const doc = (html: string) => parseHTML(html).document;
const digest = longDigest();

describe('renderWebCopy', () => {
  it('shows every story, each headline at its numbered anchor, with no size budget', async () => {
    // Act
    const html = await renderWebCopy(digest, TEMPLATES);

    // Assess
    const headlines = [...doc(html).querySelectorAll('h2')];
    expect(headlines.map((h) => h.textContent?.trim())).toEqual(digest.stories.map((s) => s.headline));
    expect(headlines.map((h) => h.id)).toEqual(digest.stories.map((_, i) => `story-${i + 1}`));
    expect(Buffer.byteLength(html)).toBeGreaterThan(MAX_HTML_BYTES);
    expect(doc(html).querySelectorAll('li')).toHaveLength(75 * 7);
    expect(doc(html).body.textContent).not.toMatch(/more stor(y|ies)/u);
  });

  it('has the anchor the email’s "N more stories" links: the first story the email left out', async () => {
    // Prepare
    const email = await renderNewsletter(digest, TEMPLATES, LINKS);
    const more = [...doc(email.html).querySelectorAll('a')].find((a) =>
      /more stories/u.test(a.textContent ?? ''),
    );

    // Act
    const page = doc(await renderWebCopy(digest, TEMPLATES));

    // Assess
    const fragment = new URL(more?.getAttribute('href') ?? '').hash.slice(1);
    expect(email.storiesShown).toBeLessThan(digest.stories.length);
    expect(page.getElementById(fragment)?.textContent?.trim()).toBe(
      digest.stories[email.storiesShown]?.headline,
    );
  });

  it("carries no one's unsubscribe link: its footer says where to find one, and links every edition", async () => {
    // Act
    const page = doc(await renderWebCopy(digest, TEMPLATES));

    // Assess
    const links = [...page.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links.filter(([text]) => /unsubscribe/iu.test(text ?? ''))).toEqual([]);
    expect(links).toContainEqual(['Every edition', '../index.html']);
    expect(page.body.textContent).toContain('To unsubscribe, use the link in your email.');
    expect(page.body.textContent).not.toContain('You receive this email');
  });

  it('escapes article text as the email does', async () => {
    // Act
    const page = doc(await renderWebCopy(digestFixture('hostile'), TEMPLATES));

    // Assess
    expect(page.querySelectorAll('script, img, mj-text, mj-raw')).toHaveLength(0);
    expect(page.querySelector('h2')?.textContent).toContain("<script>alert('x')</script>");
  });
});
