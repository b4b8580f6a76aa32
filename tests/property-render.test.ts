import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest, renderNewsletter, safeUrl, singleLine } from '../lambdas/core/index.js';
import { LINKS, TEMPLATES } from './helpers-render.js';
import { seedArticles } from './seed-articles.js';

// Strings built to break things: markup, MJML, template syntax, control characters, line breaks.
const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '</mj-text>',
        '<mj-raw>',
        '{{subject}}',
        '{{{x}}}',
        '{{> footer}}',
        '\r\n',
        '\n',
        '\u2028',
        '\u0000',
        '"',
        "'",
        '&amp;',
        '<!--',
        ']]>',
        'javascript:alert(1)',
        ' ',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('word ')),
);
const url = fc.oneof(
  fc.webUrl(),
  hostile,
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '//evil.example',
    'HTTPS://EXAMPLE.COM/a"b',
  ),
);

const digestOf = (headline: string, outlet: string, link: string, point: string): Digest => ({
  edition: '2024-05-17',
  rejected: [],
  stories: [
    {
      id: 's1',
      headline,
      articles: [
        { key: 'a', outlet, title: headline, publishedAt: null, url: link },
        { key: 'b', outlet: null, title: point, publishedAt: null, url: link },
      ],
      keyPoints: [{ text: point, sourceKey: 'a', outlets: [outlet], articleKeys: ['a', 'b'], voices: 2 }],
    },
  ],
});

let allowedTags: Set<string>;

describe('the renderer fed arbitrary strings', () => {
  beforeAll(async () => {
    // What the templates themselves produce is the whole vocabulary of tags the email may hold.
    const { html } = await renderNewsletter(buildDigest('2024-05-17', seedArticles(), []), TEMPLATES, LINKS);
    allowedTags = new Set([...parseHTML(html).document.querySelectorAll('*')].map((el) => el.tagName));
  });

  it('never emits markup from them, never breaks the MJML, never puts a line break in the subject', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, url, hostile, async (headline, outlet, link, point) => {
        const { html, text, subject } = await renderNewsletter(
          digestOf(headline, outlet, link, point),
          TEMPLATES,
          LINKS,
        );

        const page = parseHTML(html).document;
        const elements = [...page.querySelectorAll('*')];
        expect(elements.filter((el) => !allowedTags.has(el.tagName)).map((el) => el.tagName)).toEqual([]);
        expect(
          elements.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /^on/iu.test(n)),
        ).toEqual([]);
        expect(page.querySelector('h2')?.textContent).toBe(singleLine(headline));
        const hrefs = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
        const allowed = new Set([LINKS.archiveUrl, LINKS.unsubscribeUrl, safeUrl(link)]);
        expect(hrefs.filter((h) => !allowed.has(h))).toEqual([]);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: a header must hold no control character
        expect(subject).not.toMatch(/[\r\n\u0000-\u001f\u2028\u2029]/u);
        expect(text).not.toMatch(/\r/u);
      }),
      { numRuns: 60 },
    );
  });
});
