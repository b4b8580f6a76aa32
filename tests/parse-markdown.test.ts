import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../lambdas/core/parse/parse-markdown.js';

describe('parseMarkdown', () => {
  it('reads headings and paragraphs as text, in lists and quotes too, leaving code and HTML blocks out', () => {
    // Prepare
    const text = [
      '# The *bridge* ![photo](p.jpg) reopens',
      '',
      'Officials [said](https://example.com) the `bridge` reopens.',
      'A second line stays its own paragraph.',
      '',
      '> - Quoted in a list.',
      '',
      '```',
      'code is left out',
      '```',
      '',
      '<div>html is left out</div>',
      '',
      '![only an image](i.jpg)',
    ].join('\n');

    // Act
    const doc = parseMarkdown(text);

    // Assess
    expect(doc.title).toBe('The bridge photo reopens');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Officials said the bridge reopens.',
      'A second line stays its own paragraph.',
      'Quoted in a list.',
    ]);
  });

  it.each(['> ', '- ', '1. > * '])('keeps the text of lines nested 50,000 deep with "%s"', (marker) => {
    // Prepare
    const text = `# Quotes\n\n${marker.repeat(50_000)}The bridge reopens next week.\n`;

    // Act
    const doc = parseMarkdown(text);

    // Assess
    expect(doc.title).toBe('Quotes');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'The bridge reopens next week.' }]);
  });
});
