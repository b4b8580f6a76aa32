/**
 * Writes the digest and newsletter like `npm run digest`, then screenshots of the HTML at phone
 * (375 px) and desktop (700 px) widths, taken in headless Chromium.
 * usage: npm run preview -- [inputDir] [--out outDir] [--edition YYYY-MM-DD] [--max-bytes N]
 */
import { join } from 'node:path';
import { launchChromium } from './lib/browser.js';
import { parseDigestArgs } from './lib/digest-args.js';
import { runDigest } from './lib/run-digest.js';

const USAGE = 'usage: npm run preview -- [inputDir] [--out outDir] [--edition YYYY-MM-DD] [--max-bytes N]';
const WIDTHS = [375, 700] as const;

const run = parseDigestArgs(process.argv.slice(2), USAGE);
if (run === 'help') {
  console.log(USAGE);
  process.exit(0);
}
const { newsletter } = await runDigest(run);
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      await page.setContent(newsletter.html, { waitUntil: 'load' });
      const suffix = scheme === 'light' ? '' : '-dark';
      const path = join(run.outDir, `newsletter-${width}${suffix}.png`);
      await page.screenshot({ path, fullPage: true });
      await page.close();
      console.log(`wrote ${path}`);
    }
  }
} finally {
  await browser.close();
}
