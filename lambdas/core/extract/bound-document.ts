import { MAX_BLOCKS, MAX_OUTLET_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../limits.js';
import type { Block, ParsedDocument } from '../model.js';
import { clipText, cutAtBoundary, storableText } from '../text/clip-text.js';
import { normalizeSpace } from '../text/normalize.js';

/** No timestamp is this long: a longer "date" field is not one and is not searched for a date. */
const MAX_TIMESTAMP_CHARS = 100;

/** A one-line field made storable and cut to `max` characters at a word boundary. */
export function clipField(text: string, max: number): string {
  return clipText(normalizeSpace(storableText(text)), max);
}

/** The first blocks holding at most {@link MAX_TEXT_CHARS} characters; the last one cut at a sentence end. */
function boundBlocks(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  let room = MAX_TEXT_CHARS;
  for (const block of blocks) {
    if (kept.length >= MAX_BLOCKS || room <= 0) break;
    const text = cutAtBoundary(storableText(block.text), room);
    kept.push(text === block.text ? block : { ...block, text });
    room -= text.length;
  }
  return kept;
}

/**
 * A parsed document cut to the engine's limits before it is cleaned: the body to its first
 * blocks and characters, title and outlet to their lengths, a URL too long to be real dropped.
 * Every string is made storable (no control characters or unpaired surrogates), so whatever
 * the file held, the work after parsing and the article it yields are bounded.
 */
export function boundDocument(doc: ParsedDocument): ParsedDocument {
  const url = doc.url === null ? null : storableText(doc.url);
  return {
    title: doc.title === null ? null : clipField(doc.title, MAX_TITLE_CHARS),
    blocks: boundBlocks(doc.blocks),
    preamble: doc.preamble.slice(0, MAX_BLOCKS).map((line) => clipField(line, MAX_TITLE_CHARS)),
    outlet: doc.outlet === null ? null : clipField(doc.outlet, MAX_OUTLET_CHARS),
    url: url !== null && url.length <= MAX_URL_CHARS ? url : null,
    publishedAt:
      doc.publishedAt !== null && doc.publishedAt.length <= MAX_TIMESTAMP_CHARS ? doc.publishedAt : null,
  };
}
