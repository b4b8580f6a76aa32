/**
 * Newsletter rendering, in a fresh process so that the first render is truly the first:
 * `--digest <file.json>` (default: the 25-story test fixture). Also times what sending adds per
 * recipient (personalising the links and composing the MIME message), for the cost estimate.
 * Emits `RenderFigures`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildMimeMessage } from '../lambdas/adapters/mime-message.js';
import { loadTemplates } from '../lambdas/adapters/template-files.js';
import { type Digest, renderNewsletter } from '../lambdas/core/index.js';
import { emit } from './child-io.js';
import { median, quantile, round } from './stats.js';

const { values } = parseArgs({ options: { digest: { type: 'string' } } });
const digest = JSON.parse(
  await readFile(values.digest ?? 'tests/fixtures/digests/twenty-five-stories.json', 'utf8'),
) as Digest;
const templates = loadTemplates('templates');
const links = {
  unsubscribeUrl: 'https://example.com/u?r=SENTINEL',
  archiveUrl: 'https://example.com/a.html',
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const first = await timed(() => renderNewsletter(digest, templates, links));
for (let i = 0; i < 5; i++) await renderNewsletter(digest, templates, links);
const renders: number[] = [];
for (let i = 0; i < 20; i++) renders.push((await timed(() => renderNewsletter(digest, templates, links))).ms);

const { html, text, subject } = first.value;
const message = (i: number) => ({
  from: 'digest@example.com',
  to: `reader${i}@example.org`,
  subject,
  html: html.replaceAll('SENTINEL', `reader${i}%40example.org`),
  text: text.replaceAll('SENTINEL', `reader${i}%40example.org`),
  unsubscribe: { url: `https://example.com/u?r=reader${i}`, mailto: 'unsubscribe@example.com' },
});
for (let i = 0; i < 5; i++) await buildMimeMessage(message(i));
const perMessage: number[] = [];
for (let i = 0; i < 30; i++) perMessage.push((await timed(() => buildMimeMessage(message(i)))).ms);

emit({
  stories: digest.stories.length,
  storiesShown: first.value.storiesShown,
  htmlKiB: round(Buffer.byteLength(html) / 1024),
  firstRenderMs: round(first.ms),
  renders: renders.length,
  medianMs: round(median(renders)),
  p90Ms: round(quantile(renders, 0.9)),
  minMs: round(Math.min(...renders)),
  perRecipientMs: round(median(perMessage)),
});
