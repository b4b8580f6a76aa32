import { describe, expect, it } from 'vitest';
import { scanHtml } from '../lambdas/core/parse/html-scan.js';

describe('scanHtml', () => {
  it('finds the title and the text of each block, leaving scripts and navigation out', () => {
    // Prepare
    const html =
      '<html><head><title>Bridge &amp; road</title><script>var x = "<p>no</p>";</script></head><body>' +
      '<nav><a>Home</a></nav><h1>Bridge reopens</h1><div>The bridge reopens next week.<p>Officials said so.</p></div>' +
      '<footer>All rights reserved</footer></body></html>';

    // Act
    const scan = scanHtml(html);

    // Assess
    expect(scan.title).toBe('Bridge & road');
    expect(scan.blocks).toEqual([
      { kind: 'heading', text: 'Bridge reopens' },
      { kind: 'paragraph', text: 'The bridge reopens next week.' },
      { kind: 'paragraph', text: 'Officials said so.' },
    ]);
  });

  it('counts elements and the nesting of those that must be closed, whatever the implied ends', () => {
    // Act
    const unclosed = scanHtml(`<body>${'<div>'.repeat(1000)}<p>a<p>b<ul><li>c<li>d</ul>`);
    const paragraphs = scanHtml(`<body>${'<p>text'.repeat(1000)}`);

    // Assess
    expect(unclosed.elements).toBe(1006);
    expect(unclosed.depth).toBe(1001);
    expect(paragraphs.depth).toBe(0);
  });
});
