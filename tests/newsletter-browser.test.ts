/// <reference lib="dom" />
// The layout checks below run inside the browser page, where the DOM exists.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, renderNewsletter } from '../lambdas/core/index.js';
import { hasChromium, launchChromium } from '../scripts/lib/browser.js';
import { digestFixture, LINKS, TEMPLATES } from './helpers-render.js';
import { seedArticles } from './seed-articles.js';

// CI installs Chromium (.ci/run); a developer machine without it skips these tests, CI never does.
const runnable = hasChromium() || process.env.CI === 'true';

interface Layout {
  readonly overflow: number;
  readonly hidden: string[];
  readonly lowContrast: string[];
}

/** Measures, in the page, horizontal overflow, hidden headlines and key points, and text contrast. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const parse = (c: string): number[] => (c.match(/[\d.]+/gu) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const rgba = parse(getComputedStyle(e).backgroundColor);
        if (rgba.length === 3 || (rgba[3] ?? 0) > 0) return rgba.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const width = document.documentElement.clientWidth;
    const hidden: string[] = [];
    const lowContrast: string[] = [];
    for (const el of document.querySelectorAll('h1, h2, li, li span, p, a')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const label = (el.textContent ?? '').trim().slice(0, 50);
      if (
        el.matches('h2, li') &&
        (box.width === 0 || box.height === 0 || box.right > width + 1 || style.visibility !== 'visible')
      ) {
        hidden.push(label);
      }
      if (label === '' || box.height <= 1) continue;
      const fg = luminance(parse(style.color));
      const bg = luminance(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) lowContrast.push(`${label} (${ratio.toFixed(2)})`);
    }
    return { overflow: document.documentElement.scrollWidth - width, hidden, lowContrast };
  });
}

describe.skipIf(!runnable)('the newsletter in headless Chromium', () => {
  let browser: Browser;
  const digests = {
    seeds: buildDigest('2024-05-17', seedArticles(), []),
    'twenty-five stories': digestFixture('twenty-five-stories'),
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [name, digest] of Object.entries(digests)) {
    for (const width of [375, 700]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        it(`${name} at ${width} px, ${colorScheme}: no horizontal overflow, every headline and key point visible and readable`, async () => {
          // Prepare
          const { html, storiesShown } = await renderNewsletter(digest, TEMPLATES, LINKS);
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });

          // Act
          await page.setContent(html, { waitUntil: 'load' });
          const layout = await measure(page);
          const headlines = await page.locator('h2').count();
          const points = await page.locator('li').count();
          await page.close();

          // Assess
          expect(layout.overflow).toBeLessThanOrEqual(0);
          expect(layout.hidden).toEqual([]);
          expect(layout.lowContrast).toEqual([]);
          expect(headlines).toBe(storiesShown);
          expect(points).toBe(
            digest.stories.slice(0, storiesShown).reduce((n, s) => n + s.keyPoints.length, 0),
          );
        });
      }
    }
  }

  it('lays the story out in a single column on a phone', async () => {
    const { html } = await renderNewsletter(digests.seeds, TEMPLATES, LINKS);
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });

    await page.setContent(html, { waitUntil: 'load' });
    const lefts = await page
      .locator('h2, li')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    await page.close();

    // Headlines share one left edge and list items another: nothing sits side by side.
    expect(new Set(lefts).size).toBeLessThanOrEqual(2);
  });
});
