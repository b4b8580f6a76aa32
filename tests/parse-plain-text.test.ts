import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../lambdas/core/parse/parse-plain-text.js';

describe('parsePlainText', () => {
  it('takes the first non-empty line as the title and each other line as a paragraph', () => {
    const doc = parsePlainText('\n\nStorm hits coast\nThe storm made landfall.\n\nPower was cut.\n');

    expect(doc.title).toBe('Storm hits coast');
    expect(doc.blocks.map((b) => b.text)).toEqual(['The storm made landfall.', 'Power was cut.']);
  });

  it('sets a page banner date above the title aside, not as the title', () => {
    const doc = parsePlainText('Thursday, 13 Jun, 2024\n\n\nPutin arrives in China\n\nThe visit began.');

    expect(doc.title).toBe('Putin arrives in China');
    expect(doc.preamble).toEqual(['Thursday, 13 Jun, 2024']);
  });

  it('joins a paragraph hard-wrapped at a fixed width', () => {
    const text = [
      'Storm hits coast',
      '',
      'The storm made landfall in Brittany early on Thursday with gusts of up',
      'to 207 km/h, cutting power to more than a million homes across the',
      'region, officials said.',
    ].join('\n');

    const doc = parsePlainText(text);

    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]?.text).toContain('gusts of up to 207 km/h');
  });

  it('keeps a first line that is a whole sentence in the body as well', () => {
    const doc = parsePlainText('Putin has landed in Beijing for a two-day state visit.\nXi welcomed him.');

    expect(doc.blocks[0]?.text).toBe('Putin has landed in Beijing for a two-day state visit.');
  });
});
