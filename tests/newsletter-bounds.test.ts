import { describe, expect, it } from 'vitest';
import { type Digest, type DigestStory, MAX_HTML_BYTES, renderNewsletter } from '../lambdas/core/index.js';
import { MAX_LINKS_SHOWN, MAX_TEXT_BYTES } from '../lambdas/core/render/newsletter-options.js';
import { digestFixture, LINKS, TEMPLATES } from './helpers-render.js';

/** A story of `n` articles with long outlets, URLs (half of them too long to link) and text, of `unit` repeated. */
function hugeStory(id: string, n: number, unit = 'Fact '): DigestStory {
  const articles = Array.from({ length: n }, (_, i) => ({
    key: `inbox/${id}-${i}.html`,
    outlet: `Outlet ${i} ${unit.repeat(100)}`,
    title: 't',
    publishedAt: null,
    url: `https://example.com/${i}/${unit.repeat(i % 2 === 0 ? 10 : 1_000)}`,
  }));
  const keys = articles.map((a) => a.key);
  return {
    id,
    headline: unit.repeat(200_000),
    articles,
    keyPoints: Array.from({ length: 50 }, (_, i) => ({
      text: `${i} ${unit.repeat(20_000)}`,
      sourceKey: keys[0] ?? '',
      outlets: articles.map((a) => a.outlet),
      articleKeys: keys,
      voices: keys.length,
    })),
  };
}

const bytes = (text: string): number => Buffer.byteLength(text);

// Rendering megabytes of hostile text through MJML takes seconds: time is not what these check.
describe('renderNewsletter on a hostile digest', () => {
  it('keeps both parts within their limits and shows the same stories in each', async () => {
    // Prepare
    const base = digestFixture('twenty-five-stories');
    const digest: Digest = {
      ...base,
      stories: [
        hugeStory('a', 5_000),
        hugeStory('b', 5_000),
        ...Array.from({ length: 8 }, () => base.stories).flat(),
      ].map((s, i) => ({ ...s, id: `${i}` })),
    };

    // Act
    const { html, text, storiesShown } = await renderNewsletter(digest, TEMPLATES, LINKS);

    // Assess
    expect(bytes(html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(bytes(text)).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    expect(storiesShown).toBeGreaterThanOrEqual(2);
    expect(storiesShown).toBeLessThan(digest.stories.length);
    expect(text.match(/^\d+\. /gmu)).toHaveLength(storiesShown);
    expect(text).toContain(`${digest.stories.length - storiesShown} more stories in the full edition:`);
    expect(html).toContain(`and ${2_500 - MAX_LINKS_SHOWN} more`);
    expect(text).toContain(`   - and ${2_500 - MAX_LINKS_SHOWN} more`);
    expect(text).toContain('4992 more sources');
  }, 90_000);

  it('links a story too large to show even when cut to the web copy, at its anchor', async () => {
    // Prepare
    const digest: Digest = { edition: '2024-05-17', stories: [hugeStory('a', 20, '/')], rejected: [] };

    // Act
    const { html, text, storiesShown } = await renderNewsletter(digest, TEMPLATES, LINKS);

    // Assess
    expect(storiesShown).toBe(0);
    expect(bytes(html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(html).toContain('1 more story');
    expect(text).toContain(`1 more story in the full edition:\n${LINKS.archiveUrl}#story-1`);
  }, 90_000);
});
