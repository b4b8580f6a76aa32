import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS } from '../limits.js';
import type { Block, ParsedDocument } from '../model.js';
import { normalizeSpace } from '../text/normalize.js';
import { scanHtml } from './html-scan.js';

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td';
const CLUTTER_SELECTOR = 'figcaption, figure, script, style, noscript, nav, aside, footer, form, button';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & {};

function meta(document: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = el?.getAttribute('content');
    if (content && content.trim() !== '') return content.trim();
  }
  return null;
}

/** Text blocks of an element in document order; a block holding other blocks gives way to them. */
function blocksOf(root: El): Block[] {
  for (const el of root.querySelectorAll(CLUTTER_SELECTOR)) el.remove();
  const out: Block[] = [];
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text === '') continue;
    out.push({ kind: /^H\d$/u.test(el.tagName) ? 'heading' : 'paragraph', text });
  }
  return out;
}

/**
 * Parses an `.html` page: the main text is found by Mozilla Readability (the engine of
 * Firefox Reader View) and split into its paragraphs; navigation and clutter are left behind.
 * Title, site name, date and canonical URL come from the page's metadata when it has them.
 * A page too large or too deeply nested for a DOM and Readability to stay fast is read by one
 * linear pass instead: its title and the text of its blocks, clutter left out, no metadata.
 */
export function parseHtml(html: string): ParsedDocument {
  const scan = scanHtml(html);
  if (scan.elements > MAX_READABILITY_ELEMENTS || scan.depth > MAX_READABILITY_DEPTH) {
    return {
      title: scan.title,
      blocks: scan.blocks,
      preamble: [],
      outlet: null,
      url: null,
      publishedAt: null,
    };
  }
  return parseWithReadability(html);
}

function parseWithReadability(html: string): ParsedDocument {
  const { document } = parseHTML(html);
  const pageTitle =
    meta(document, 'og:title', 'twitter:title') ??
    normalizeSpace(document.querySelector('title')?.textContent ?? '');
  const url =
    meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const published =
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const siteName = meta(document, 'og:site_name', 'application-name');
  // Readability mutates the document it reads, so it gets a copy of its own.
  const article = new Readability(
    parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0],
    { charThreshold: 100 },
  ).parse();
  let blocks: Block[];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    blocks = blocksOf(content.body);
  } else {
    blocks = blocksOf(document.body);
  }
  const headline = document.querySelector('h1')?.textContent;
  const title = normalizeSpace(article?.title || pageTitle || headline || '') || null;
  return {
    title,
    blocks,
    preamble: [],
    outlet: article?.siteName ?? siteName ?? null,
    url,
    publishedAt: article?.publishedTime ?? published,
  };
}
