import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../lambdas/core/clean/clean-document.js';
import type { Block, ParsedDocument } from '../lambdas/core/model.js';

const PROSE =
  'The central bank raised its main interest rate by half a point on Wednesday to curb inflation.';

function docOf(lines: string[], title = 'Central bank raises rates'): ParsedDocument {
  const blocks: Block[] = lines.map((text) => ({ kind: 'paragraph', text }));
  return { title, blocks, preamble: [], outlet: null, url: null, publishedAt: null };
}

describe('cleanDocument', () => {
  it.each([
    ['byline', 'By Jane Doe'],
    [
      'byline',
      'Reporting by Ryan Woo; Additional reporting by Lidia Kelly in Melbourne; Editing by Simon Cameron-Moore.',
    ],
    ['byline', 'Jane Doe and John Roe contributed to this report.'],
    ['prompt', 'You may also like'],
    ['prompt', 'Leave a Comment'],
    ['prompt', 'Share this article'],
    ['prompt', '12 Comments'],
    ['copyright', '© 2024 Daily Planet. All rights reserved.'],
    [
      'copyright',
      'Sale, redistribution or reproduction of information on this website in any form without prior permission is prohibited.',
    ],
    ['desk-label', 'International Desk |'],
    ['photo-credit', 'Thomas Peter/Pool/Reuters'],
    ['photo-credit', 'Photo: Getty Images'],
    ['caption', 'Central bank raises rates photo collected'],
    ['title-repeat', 'Central bank raises rates'],
    ['teaser', 'The central bank raised its main interest rate by half...'],
    ['subheading', 'World News'],
    ['subheading', 'What happens next'],
    ['metadata', 'Source: CNN'],
    ['metadata', 'Update: 2024-05-16 09:36:55'],
  ])('removes a %s line: %s', (kind, line) => {
    // Prepare
    const doc = docOf([line, PROSE]);

    // Act
    const cleaned = cleanDocument(doc);

    // Assess
    expect(cleaned.paragraphs).toEqual([PROSE]);
    expect(cleaned.removed).toEqual([{ kind, text: line }]);
  });

  it('removes a caption repeated in the body, and the caption above a photo credit', () => {
    const caption = 'The governor speaks to reporters in Frankfurt last May.';
    const other = 'Officials wave to the crowd outside the bank in 2023.';
    const doc = docOf([PROSE, caption, caption, 'Thomas Peter/Reuters', other, 'Kai Pfaffenbach/Reuters']);

    const cleaned = cleanDocument(doc);

    expect(cleaned.paragraphs).toEqual([PROSE]);
    expect(cleaned.removed.filter((r) => r.kind === 'caption').map((r) => r.text)).toEqual([
      caption,
      caption,
      other,
    ]);
  });

  it('removes a "Related article" block with its headline, and keeps the prose after it', () => {
    const after = 'Markets fell sharply after the decision was announced in the afternoon.';
    const doc = docOf([PROSE, 'Related article', 'How the bank lost its grip on prices', after]);

    const cleaned = cleanDocument(doc);

    expect(cleaned.paragraphs).toEqual([PROSE, after]);
  });

  it("drops everything from an editor's postscript appended by a re-publisher", () => {
    const doc = docOf([
      PROSE,
      "Editor's P/S:",
      'The decision underscores the growing tension in markets.',
      'It matters.',
    ]);

    const cleaned = cleanDocument(doc);

    expect(cleaned.paragraphs).toEqual([PROSE]);
    expect(cleaned.removed.every((r) => r.kind === 'editor-note')).toBe(true);
  });

  it('keeps a title that is the lead sentence itself as the first paragraph', () => {
    const doc = docOf([PROSE, 'Markets fell sharply after the decision was announced.'], PROSE);

    const cleaned = cleanDocument(doc);

    expect(cleaned.paragraphs[0]).toBe(PROSE);
  });

  it('finds the outlet and a labelled date, preferring them to an unlabelled date', () => {
    const doc = docOf(['May 3, 2013', PROSE, 'by time news', 'BDST: 0935 HRS, MAY 16, 2024']);

    const cleaned = cleanDocument(doc);

    expect(cleaned.outlet).toBe('Time News');
    expect(cleaned.publishedAt).toBe('2024-05-16');
  });

  it('prefers the structured date and outlet a file gives over lines in its text', () => {
    const doc = { ...docOf([PROSE, 'Source: CNN']), outlet: 'Reuters', publishedAt: '2024-05-15T22:00:00Z' };

    const cleaned = cleanDocument(doc);

    expect(cleaned.outlet).toBe('Reuters');
    expect(cleaned.publishedAt).toBe('2024-05-15T22:00:00.000Z');
  });

  it('takes the outlet from the URL when nothing else names it', () => {
    const doc = { ...docOf([PROSE]), url: 'https://www.example-news.com/2024/story' };

    expect(cleanDocument(doc).outlet).toBe('example-news.com');
  });

  it('keeps prose that mentions clutter words inside a sentence', () => {
    const prose =
      'The court ruled that the photos were published without permission from the family in 2022.';

    expect(cleanDocument(docOf([prose])).paragraphs).toEqual([prose]);
  });
});
