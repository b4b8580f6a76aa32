import markdownit, { type Token } from 'markdown-it';
import { MAX_MARKDOWN_NESTING } from '../limits.js';
import type { Block, ParsedDocument } from '../model.js';
import { normalizeSpace } from '../text/normalize.js';
import { isDateOnly } from './parse-plain-text.js';
import { boundSource, textToBlocks } from './text-blocks.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u;

// markdown-it keeps its time linear in the input on pathological Markdown (its test suite covers
// nested emphasis, brackets and quotes), where micromark took minutes on 100 KB of `*_*_…`.
// Its own nesting limit counts tokens (a list item is two levels, its paragraph one more) and
// drops what lies deeper, so lines are first cut to the container limit, which stays well inside.
const markdown = markdownit('commonmark', { maxNesting: 3 * MAX_MARKDOWN_NESTING });

/** One container marker at a line start: a quote, or a bullet or numbered list item. */
const CONTAINER = /[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)/y;

/** A line opening more than {@link MAX_MARKDOWN_NESTING} quotes and lists loses the extra markers: its text stays. */
function boundNesting(line: string): string {
  CONTAINER.lastIndex = 0;
  let markers = 0;
  let keep = 0;
  while (CONTAINER.test(line)) {
    markers++;
    if (markers === MAX_MARKDOWN_NESTING) keep = CONTAINER.lastIndex;
  }
  if (markers <= MAX_MARKDOWN_NESTING) return line;
  let end = keep;
  CONTAINER.lastIndex = keep;
  while (CONTAINER.test(line)) end = CONTAINER.lastIndex;
  return line.slice(0, keep) + line.slice(end);
}

/** Reads the scalar `key: value` pairs of a YAML front matter block; nested YAML is ignored. */
function readFrontMatter(text: string): { fields: Map<string, string>; rest: string } {
  const match = FRONT_MATTER.exec(text);
  const fields = new Map<string, string>();
  if (!match?.[1]) return { fields, rest: text };
  for (const line of match[1].split(/\r?\n/u)) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.+)$/u.exec(line);
    if (pair?.[1] && pair[2])
      fields.set(pair[1].toLowerCase(), pair[2].trim().replace(/^(["'])(.*)\1$/u, '$2'));
  }
  return { fields, rest: text.slice(match[0].length) };
}

/** The plain text of inline content: markup dropped, line breaks kept, image text only if asked. */
function inlineText(tokens: readonly Token[], imageAlt: boolean): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline')
      out += token.content;
    else if (token.type === 'softbreak') out += '\n';
    else if (token.type === 'image' && imageAlt) out += inlineText(token.children ?? [], false);
  }
  return out;
}

/** Headings and paragraphs in document order, inside lists and quotes too; code, HTML and rules are left out. */
function collectBlocks(tokens: readonly Token[]): Block[] {
  const out: Block[] = [];
  tokens.forEach((token, i) => {
    const inline = tokens[i + 1]?.children ?? [];
    if (token.type === 'heading_open') {
      out.push({ kind: 'heading', text: normalizeSpace(inlineText(inline, true)) });
    } else if (token.type === 'paragraph_open') {
      // Files written like plain text put one paragraph per line without blank lines between;
      // Markdown joins those lines, so they are split again the way plain text is.
      out.push(...textToBlocks(inlineText(inline, false)));
    }
  });
  return out;
}

/**
 * Parses a `.md` article, bounded in nesting and length: front matter fields, then headings and
 * paragraphs as plain text.
 */
export function parseMarkdown(text: string): ParsedDocument {
  // Nesting is bounded before the length, so that deep markers do not crowd out the text they hold.
  const { fields, rest } = readFrontMatter(boundSource(text.split('\n').map(boundNesting).join('\n')));
  const blocks = collectBlocks(markdown.parse(rest, {}));
  const nonEmpty = blocks.filter((b) => b.text !== '');
  const preamble: string[] = [];
  let start = 0;
  while (!fields.has('title') && nonEmpty[start] && isDateOnly(nonEmpty[start]?.text ?? '')) {
    preamble.push(nonEmpty[start]?.text ?? '');
    start++;
  }
  const first = fields.has('title') ? undefined : nonEmpty[start];
  const title = fields.get('title') ?? first?.text ?? null;
  return {
    title,
    blocks: nonEmpty.slice(first ? start + 1 : start),
    preamble,
    outlet: fields.get('outlet') ?? fields.get('source') ?? fields.get('publisher') ?? null,
    url: fields.get('url') ?? fields.get('link') ?? fields.get('canonical') ?? null,
    publishedAt: fields.get('publishedat') ?? fields.get('date') ?? fields.get('published') ?? null,
  };
}
