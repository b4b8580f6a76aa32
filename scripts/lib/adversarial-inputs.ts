/**
 * Files built to make article extraction slow or its output large: pathological Markdown and
 * HTML, giant words and sentences, deep nesting, many tiny paragraphs. Each stays under the
 * default 5 MB file limit, so the engine must read (or reject) every one of them in bounded
 * time and memory. Used by the tests and by the benchmark, which reports the worst time per file.
 */

/** One generated file. */
export interface AdversarialInput {
  readonly name: string;
  readonly key: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();
const LEAD = 'Officials in the northern district confirmed on Monday that the bridge will reopen next week.';

/** Repeats `unit` (given its index) until the text holds at least `chars` characters. */
function fill(chars: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function table(chars: number): string {
  const row = (r: number): string =>
    `<tr>${Array.from({ length: 8 }, (_, c) => `<td>Row ${r} cell ${c}</td>`).join('')}</tr>\n`;
  return `<table><tbody>\n${fill(chars, row)}</tbody></table>`;
}

const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const json = (fields: Record<string, string>, extra = ''): string =>
  `${JSON.stringify(fields).slice(0, -1)}${extra}}`;

/** The adversarial files, built afresh on each call (about 40 MB in all). */
export function adversarialInputs(): AdversarialInput[] {
  const giantWord = 'Supercalifragilistic'.repeat((4 * 1024 * 1024) / 20);
  const files: [name: string, key: string, text: string][] = [
    ['markdown emphasis, one line', 'emphasis.md', `# Emphasis\n\n${'*_'.repeat(60_000)}\n`],
    [
      'markdown emphasis, one wrapped paragraph',
      'emphasis-wrapped.md',
      `# Emphasis\n\n${fill(150_000, (i) => (i % 40 === 39 ? '*_\n' : '*_'))}\n`,
    ],
    [
      'markdown links left open',
      'brackets.md',
      `# Links\n\n${'[a]('.repeat(30_000)}\n${'!['.repeat(50_000)}\n`,
    ],
    [
      'markdown unmatched code spans',
      'backticks.md',
      `# Code\n\n${fill(200_000, (i) => `${'`'.repeat(1 + (i % 50))} x `)}\n`,
    ],
    ['markdown nested blockquotes', 'blockquotes.md', `# Quotes\n\n${'> '.repeat(50_000)}${LEAD}\n`],
    ['markdown nested lists, one line', 'lists.md', `# Lists\n\n${'- '.repeat(50_000)}${LEAD}\n`],
    [
      'markdown nested lists by indentation',
      'indented-lists.md',
      `# Lists\n\n${Array.from({ length: 1_500 }, (_, i) => `${' '.repeat(2 * i)}- ${LEAD}`).join('\n')}\n`,
    ],
    [
      'html of 100,000 unclosed <div>',
      'unclosed-divs.html',
      page('Unclosed', `${'<div>'.repeat(100_000)}<p>${LEAD}</p>`),
    ],
    [
      'html nested 50,000 deep, closed',
      'nested-divs.html',
      page('Nested', `${'<div>'.repeat(50_000)}<p>${LEAD}</p>${'</div>'.repeat(50_000)}`),
    ],
    ['html table of 80 KB', 'table.html', page('Table', `<p>${LEAD}</p>${table(80_000)}`)],
    ['html table of 4 MB', 'table-huge.html', page('Table', `<p>${LEAD}</p>${table(4_000_000)}`)],
    [
      'html of 100,000 paragraphs',
      'paragraphs.html',
      page(
        'Paragraphs',
        fill(4_000_000, (i) => `<p>Officials in ward ${i} counted ${i % 997} of the votes.</p>`),
      ),
    ],
    // Just under the limits at which Readability is left out: the dearest pages it still reads.
    [
      'html of 3,300 linked paragraphs in divs, under the element limit',
      'divs-under-limit.html',
      page(
        'Divs',
        fill(190_000, (i) => `<div><p>Paragraph ${i} with <a href="#">a link</a>.</p></div>`),
      ),
    ],
    [
      'html of lists nested 49 deep, 100 times, under both limits',
      'lists-under-limit.html',
      page('Lists', `${'<ul><li>'.repeat(49)}${LEAD}${'</li></ul>'.repeat(49)}`.repeat(100)),
    ],
    ['text with a 4 MiB word as title', 'giant-word.txt', `${giantWord}\n\n${LEAD}\n`],
    ['json with a 4 MiB word as title', 'giant-word.json', json({ title: giantWord, text: LEAD })],
    [
      'text of one 4 MB sentence',
      'giant-sentence.txt',
      `Bridge\n\n${fill(4_000_000, () => 'The council said the plan would go ahead and ')}it did.\n`,
    ],
    [
      'text of 100,000 one-line paragraphs',
      'many-paragraphs.txt',
      `Votes\n\n${fill(4_000_000, (i) => `Officials in ward ${i} counted ${i % 997} votes.\n`)}`,
    ],
    [
      'text of one paragraph in 180,000 continued lines',
      'continued-lines.txt',
      `Council\n\n${'and the council said more\n'.repeat(180_000)}`,
    ],
    [
      'text of control characters and quotes',
      'escapes.txt',
      `Escapes\n\n${fill(1_000_000, (i) => `Officials in ward ${i} said "\u0001\u0002\\" the council approved ${i} homes.\n`)}`,
    ],
    [
      'text of the longest sentences, in wide characters and quotes',
      'longest-sentences.txt',
      `${'議会は計画を承認した '.repeat(60)}\n\n${fill(1_000_000, (i) => `Officials in ward ${i} said "${'議会は "計画" を承認した '.repeat(60)}" today.\n`)}`,
    ],
    [
      'json with lone surrogates',
      'surrogates.json',
      json({
        title: '\ud800'.repeat(1000),
        text: fill(500_000, (i) => `Officials in ward ${i} said \ud800 the council approved new homes. `),
      }),
    ],
    [
      'json nested a million deep',
      'deep.json',
      json({ title: 'Deep', text: LEAD }, `,"extra":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`),
    ],
    [
      'json whose text is giant html',
      'giant-html.json',
      json({ title: 'Giant', text: `<p>${LEAD}</p>${'<div>'.repeat(100_000)}${table(3_000_000)}` }),
    ],
  ];
  return files.map(([name, key, text]) => ({ name, key: `adversarial/${key}`, bytes: encoder.encode(text) }));
}
