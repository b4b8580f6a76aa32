import { describe, expect, it } from 'vitest';
import { ArticleRejectedError } from '../lambdas/core/index.js';
import { decodeText } from '../lambdas/core/text/decode-text.js';
import { readFixture } from './helpers.js';

describe('decodeText', () => {
  it('decodes UTF-8 and drops its byte-order mark', () => {
    // Prepare
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zürich — “café”')]);

    // Act
    const text = decodeText(bytes);

    // Assess
    expect(text).toBe('Zürich — “café”');
  });

  it('decodes Latin-1 text instead of mangling accented letters', () => {
    const text = decodeText(readFixture('articles', 'latin1-article.txt'));

    expect(text).toContain('Café owners in Zürich');
    expect(text).not.toContain('\ufffd');
  });

  it('decodes Windows-1252 curly quotes and the euro sign', () => {
    const text = decodeText(readFixture('articles', 'windows-1252-article.txt'));

    expect(text).toContain('“deeply flawed”');
    expect(text).toContain('€3 billion');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const body = 'Storm hits coast.';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);

    expect(decodeText(bytes)).toBe(body);
  });

  it.each([
    ['scan.pdf', 'PDF document'],
    ['photo.png', 'PNG image'],
    ['photo-renamed.txt', 'PNG image'],
  ])('rejects %s as binary, naming what it holds', (name, kind) => {
    const act = (): string => decodeText(readFixture('bad', name));

    expect(act).toThrow(ArticleRejectedError);
    expect(act).toThrow(kind);
  });
});
