import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { MAX_BLOCKS, MAX_TEXT_CHARS } from '../limits.js';
import type { Block } from '../model.js';
import { normalizeSpace } from '../text/normalize.js';

/** What one linear pass over an HTML page finds: its size and depth, and its text blocks. */
export interface HtmlScan {
  /** Elements opened. */
  readonly elements: number;
  /** The deepest nesting of elements that must be closed (`div`, `section`, `blockquote`…). */
  readonly depth: number;
  readonly title: string | null;
  /** Text between block-level tags, outside scripts, navigation and other page clutter. */
  readonly blocks: readonly Block[];
}

// Elements whose end tag may be left out, or that have none: they do not add to the depth counted.
const SELF_ENDING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th tr table ul ol dl section article main header br hr'.split(
    ' ',
  ),
);
const CLUTTER = new Set(
  'script style noscript template svg nav aside footer form button figure figcaption select textarea'.split(
    ' ',
  ),
);
const HEADING = /^h[1-6]$/u;

/**
 * Scans HTML in one pass with htmlparser2's tokenizer, which keeps no element stack: its time is
 * linear whatever the nesting, where building a DOM of 100,000 unclosed `<div>` takes about a
 * minute. Its blocks are the cheap reading of a page too large or deep for Readability.
 */
export function scanHtml(html: string): HtmlScan {
  let elements = 0;
  let open = 0;
  let depth = 0;
  let clutter = 0;
  let inTitle = false;
  let title = '';
  let heading = false;
  let text = '';
  let kept = 0;
  const blocks: Block[] = [];
  const flush = (): void => {
    const line = normalizeSpace(text);
    text = '';
    if (line === '' || blocks.length >= MAX_BLOCKS || kept >= MAX_TEXT_CHARS) return;
    kept += line.length;
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line });
  };
  const add = (chunk: string): void => {
    if (inTitle) title += chunk;
    else if (clutter === 0 && kept < MAX_TEXT_CHARS) text += chunk;
  };
  const ignore = (): void => undefined;
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      const tag = html.slice(start, end).toLowerCase();
      elements++;
      if (!SELF_ENDING.has(tag)) depth = Math.max(depth, ++open);
      if (CLUTTER.has(tag)) clutter++;
      if (tag === 'title') inTitle = title === '';
      if (BLOCK.has(tag)) flush();
      if (HEADING.test(tag)) heading = true;
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (!SELF_ENDING.has(name)) open = Math.max(0, open - 1);
      if (CLUTTER.has(name)) clutter = Math.max(0, clutter - 1);
      if (name === 'title') inTitle = false;
      if (BLOCK.has(name) || HEADING.test(name)) flush();
      if (HEADING.test(name)) heading = false;
    },
    ontext(start, end) {
      add(html.slice(start, end));
    },
    ontextentity(codepoint) {
      add(String.fromCodePoint(codepoint));
    },
    onend: flush,
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onopentagend: ignore,
    onprocessinginstruction: ignore,
    onselfclosingtag: ignore,
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return { elements, depth, title: normalizeSpace(title) || null, blocks };
}
