import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IngestResult, ingestFile } from '../lambdas/core/index.js';
import { TEST_OPTIONS } from './helpers.js';

const EXTENSIONS = [
  '.txt',
  '.md',
  '.html',
  '.json',
  '.htm',
  '.markdown',
  '',
  '.pdf',
  '.docx',
  '.TXT',
  '.json.bak',
];
const encoder = new TextEncoder();

/** Every input ends as an article with key points, or as a rejection with a reason a person can read. */
function expectSettled(result: IngestResult): void {
  if (result.ok) {
    expect(result.article.title.length).toBeGreaterThan(0);
    expect(result.article.keyPoints.length).toBeGreaterThan(0);
  } else {
    expect(result.rejection.reason).toMatch(/^[a-z"(.]/u);
    expect(result.rejection.reason.length).toBeGreaterThan(10);
  }
}

const key = fc
  .tuple(
    fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...EXTENSIONS),
  )
  .map(([folders, name, ext]) => [...folders, `${name}${ext}`].join('/'));

describe('the parser on input nobody intended', () => {
  it('never throws on arbitrary bytes under arbitrary names', () => {
    fc.assert(
      fc.property(key, fc.uint8Array({ maxLength: 3000 }), (name, bytes) => {
        expectSettled(ingestFile({ key: name, bytes }, TEST_OPTIONS));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSettled(
          ingestFile({ key: 'a.json', bytes: encoder.encode(JSON.stringify(value)) }, TEST_OPTIONS),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on article-shaped JSON with arbitrary field values', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constant(null),
      fc.integer(),
      fc.array(fc.string()),
      fc.lorem({ maxCount: 40 }),
    );
    fc.assert(
      fc.property(
        fc.record(
          { title: field, text: field, body: field, outlet: field, url: field, publishedAt: field },
          { requiredKeys: [] },
        ),
        (article) => {
          expectSettled(
            ingestFile({ key: 'a.json', bytes: encoder.encode(JSON.stringify(article)) }, TEST_OPTIONS),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, Markdown and HTML made of words, markup and punctuation', () => {
    const piece = fc.oneof(
      fc.lorem({ maxCount: 12, mode: 'sentences' }),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<h1>',
        '<script>x</script>',
        '<!--',
        '-->',
        '# ',
        '---\n',
        '\n',
        '\n\n',
        '...',
        '“',
        '”',
        'U.S.',
        '&amp;',
        '\u0000',
        '\uFEFF',
      ),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('.txt', '.md', '.html'),
        fc.array(piece, { maxLength: 60 }),
        (ext, pieces) => {
          expectSettled(ingestFile({ key: `a${ext}`, bytes: encoder.encode(pieces.join('')) }, TEST_OPTIONS));
        },
      ),
      { numRuns: 300 },
    );
  });
});
