import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdToString } from 'mdast-util-to-string';
import type { Block, ParsedDocument } from '../model.js';
import { normalizeSpace } from '../text/normalize.js';
import { isDateOnly } from './parse-plain-text.js';
import { textToBlocks } from './text-blocks.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u;

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

function collectBlocks(node: Nodes, out: Block[]): void {
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', text: normalizeSpace(mdToString(node)) });
      return;
    case 'paragraph':
      // Files written like plain text put one paragraph per line without blank lines between;
      // Markdown joins those lines, so they are split again the way plain text is.
      out.push(...textToBlocks(mdToString(node, { includeImageAlt: false })));
      return;
    case 'code':
    case 'html':
    case 'image':
    case 'table':
    case 'thematicBreak':
      return;
    default:
      if ('children' in node) for (const child of node.children) collectBlocks(child as Nodes, out);
  }
}

/** Parses a `.md` article: front matter fields, then headings and paragraphs as plain text. */
export function parseMarkdown(text: string): ParsedDocument {
  const { fields, rest } = readFrontMatter(text);
  const root: Root = fromMarkdown(rest);
  const blocks: Block[] = [];
  collectBlocks(root, blocks);
  const nonEmpty = blocks.filter((b) => b.text !== '');
  const preamble: string[] = [];
  while (nonEmpty[0] && isDateOnly(nonEmpty[0].text) && !fields.has('title')) {
    preamble.push(nonEmpty[0].text);
    nonEmpty.shift();
  }
  const title = fields.get('title') ?? nonEmpty.shift()?.text ?? null;
  return {
    title,
    blocks: nonEmpty,
    preamble,
    outlet: fields.get('outlet') ?? fields.get('source') ?? fields.get('publisher') ?? null,
    url: fields.get('url') ?? fields.get('link') ?? fields.get('canonical') ?? null,
    publishedAt: fields.get('publishedat') ?? fields.get('date') ?? fields.get('published') ?? null,
  };
}
