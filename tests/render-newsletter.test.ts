import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildDigest, MAX_HTML_BYTES, renderNewsletter } from '../lambdas/core/index.js';
import { digestFixture, LINKS, TEMPLATES } from './helpers-render.js';
import { seedArticles } from './seed-articles.js';

const seedDigest = buildDigest('2024-05-17', seedArticles(), []);
const doc = (html: string) => parseHTML(html).document;

describe('renderNewsletter', () => {
  it('shows every story with its headline, outlets, key points and their sources', async () => {
    // Act
    const { html, storiesShown } = await renderNewsletter(seedDigest, TEMPLATES, LINKS);

    // Assess
    const page = doc(html);
    const headlines = [...page.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headlines).toEqual(seedDigest.stories.map((s) => s.headline));
    expect(storiesShown).toBe(2);
    const items = [...page.querySelectorAll('li')].map(
      (li) => li.textContent?.replace(/\s+/gu, ' ').trim() ?? '',
    );
    for (const point of seedDigest.stories.flatMap((s) => s.keyPoints)) {
      expect(items.some((item) => item.startsWith(point.text))).toBe(true);
    }
    // Each key point names its own source first, then who else carries it.
    expect(items[0]).toMatch(/\(an unnamed source \(“[^”]+”\); also reported by Time News\)$/u);
    expect(items.some((i) => i.endsWith('(only in Time News)'))).toBe(true);
    const text = page.body.textContent?.replace(/\s+/gu, ' ') ?? '';
    expect(text).toContain('Reported by CNN and one unnamed source;');
    expect(text).toContain('restates CNN’s report');
  });

  it('has a header with the edition date and how many stories and sources it covers', async () => {
    const { html } = await renderNewsletter(seedDigest, TEMPLATES, LINKS);

    const text = doc(html).body.textContent ?? '';
    expect(text).toContain('Friday 17 May 2024');
    expect(text).toContain('2 stories from 5 sources');
  });

  it('builds the subject from the edition date and the top story, and a preheader', async () => {
    const { subject, html } = await renderNewsletter(seedDigest, TEMPLATES, LINKS);

    expect(subject).toBe(`News Digest, 17 May: ${seedDigest.stories[0]?.headline}`);
    expect(doc(html).querySelector('title')?.textContent).toBe(subject);
    expect(html).toContain(seedDigest.stories[0]?.keyPoints[0]?.text.slice(0, 60));
  });

  it('ends with why the reader gets it, an unsubscribe link and the archive link', async () => {
    const { html } = await renderNewsletter(seedDigest, TEMPLATES, LINKS);

    const links = [...doc(html).querySelectorAll('a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toContainEqual(['Unsubscribe', LINKS.unsubscribeUrl]);
    expect(links).toContainEqual(['View this edition in your browser', LINKS.archiveUrl]);
    expect(doc(html).body.textContent).toContain('You receive this email because you subscribed');
  });

  it('shows the sender’s postal address in the footer as text, markup and template syntax included', async () => {
    // Prepare
    const postalAddress = 'Smith & <b>Sons</b> {{subject}}, 1 Example Street, Springfield';

    // Act
    const { html } = await renderNewsletter(seedDigest, TEMPLATES, { ...LINKS, postalAddress });

    // Assess
    const paragraphs = [...doc(html).querySelectorAll('p')].map((p) => p.textContent?.trim());
    expect(paragraphs.at(-1)).toBe(postalAddress);
    expect(doc(html).querySelector('b')).toBeNull();
  });

  it('leaves the address line out when no postal address is given (a local preview)', async () => {
    // Prepare
    const { postalAddress: _, ...links } = LINKS;

    // Act
    const { html } = await renderNewsletter(seedDigest, TEMPLATES, links);

    // Assess
    const paragraphs = [...doc(html).querySelectorAll('p')].map((p) => p.textContent?.trim());
    expect(paragraphs.at(-1)).toMatch(/^View this edition in your browser · Unsubscribe$/u);
  });

  it('is accessible: language set, layout tables marked presentational, dark mode declared', async () => {
    const { html } = await renderNewsletter(seedDigest, TEMPLATES, LINKS);

    const page = doc(html);
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    const tables = [...page.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.getAttribute('role')).toBe('presentation');
    expect(page.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    expect(html).toContain('prefers-color-scheme: dark');
  });

  it('links source articles with known http(s) URLs only', async () => {
    const digest = digestFixture('hostile');

    const { html } = await renderNewsletter(digest, TEMPLATES, LINKS);

    const hrefs = [...doc(html).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !h.startsWith('https://'))).toEqual([]);
    expect(hrefs).toContain('https://example.org/a?b=1&c=%22%3E%3Cscript%3Ealert(2)%3C/script%3E');
  });

  it('escapes article text: markup, MJML and template syntax arrive as text', async () => {
    const digest = digestFixture('hostile');

    const { html, subject } = await renderNewsletter(digest, TEMPLATES, LINKS);

    const page = doc(html);
    expect(page.querySelectorAll('script, img, mj-text, mj-raw, mj-section')).toHaveLength(0);
    expect([...page.querySelectorAll('*')].filter((el) => el.hasAttribute('onerror'))).toHaveLength(0);
    expect(page.querySelector('h2')?.textContent).toContain("<script>alert('x')</script> Breaking: Bcc:");
    expect(page.querySelector('h2')?.textContent).toContain(
      '{{subject}} </mj-text><mj-raw><b>raw</b></mj-raw>',
    );
    const items = [...page.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items[0]).toContain('<mj-section><mj-column><mj-text>INJECTED</mj-text>');
    expect(items[1]).toContain('{{#stories}}loop{{/stories}} and {{{raw}}} and <% erb %>');
    expect(subject).not.toMatch(/[\r\n\u2028]/u);
    expect(subject).toContain('Breaking: Bcc: victim@example.com');
  });

  it(`keeps a 25-story digest with 7 key points each under ${MAX_HTML_BYTES / 1024} KB`, async () => {
    const digest = digestFixture('twenty-five-stories');

    const { html, storiesShown } = await renderNewsletter(digest, TEMPLATES, LINKS);

    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(storiesShown).toBe(25);
    expect(doc(html).querySelectorAll('li')).toHaveLength(25 * 7);
  });

  it('shows what fits and links "N more stories" to the web copy when a digest is too long', async () => {
    const base = digestFixture('twenty-five-stories');
    const digest = {
      ...base,
      stories: [...base.stories, ...base.stories, ...base.stories].map((s, i) => ({ ...s, id: `${i}` })),
    };

    const { html, storiesShown } = await renderNewsletter(digest, TEMPLATES, LINKS);

    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(storiesShown).toBeLessThan(75);
    expect(storiesShown).toBeGreaterThan(20);
    const more = [...doc(html).querySelectorAll('a')].find((a) => a.textContent?.includes('more stories'));
    expect(more?.textContent).toBe(`${75 - storiesShown} more stories`);
    // The link opens the web copy at the first story the email left out.
    expect(more?.getAttribute('href')).toBe(`${LINKS.archiveUrl}#story-${storiesShown + 1}`);
  });

  it('renders an edition without stories', async () => {
    const { html, subject } = await renderNewsletter(
      { edition: '2024-05-17', stories: [], rejected: [] },
      TEMPLATES,
      LINKS,
    );

    expect(subject).toBe('News Digest, 17 May: no new stories');
    expect(doc(html).body.textContent).toContain('No new stories today.');
  });
});
