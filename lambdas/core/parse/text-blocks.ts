import { MAX_SOURCE_CHARS, MAX_TEXT_CHARS } from '../limits.js';
import type { Block } from '../model.js';
import { cutAtBoundary } from '../text/clip-text.js';
import { normalizeSpace } from '../text/normalize.js';

const ENDS_SENTENCE = /[.!?…:;"”’')\]]$/u;

/** True when a run of lines looks like one paragraph wrapped at a fixed width. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  return (
    body.every((l) => l.length >= 50 && l.length <= 100) &&
    body.filter((l) => !ENDS_SENTENCE.test(l)).length >= body.length / 2
  );
}

/** Joins a line to the previous one when the previous did not end its sentence and this one continues it. */
function joinContinuations(lines: readonly string[]): string[] {
  const out: string[] = [];
  // The joined paragraph ends as its last line does: testing that line keeps the work linear,
  // where testing the growing paragraph made thousands of continuation lines quadratic.
  let last: string | undefined;
  for (const line of lines) {
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      last !== undefined &&
      !ENDS_SENTENCE.test(last) &&
      /^[\p{Ll}(,]/u.test(line)
    ) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
    }
    last = line;
  }
  return out;
}

/**
 * Splits plain text into paragraph blocks. Each non-empty line is a paragraph, except that
 * lines wrapped at a fixed width, and lines continuing an unfinished sentence, are joined.
 */
export function textToBlocks(text: string): Block[] {
  const groups = text.split(/\r?\n\s*\r?\n|\r\s*\r/u);
  const blocks: Block[] = [];
  for (const group of groups) {
    const lines = group
      .split(/\r?\n|\r/u)
      .map((l) => normalizeSpace(l))
      .filter((l) => l !== '');
    const paragraphs = isHardWrapped(lines) ? [lines.join(' ')] : joinContinuations(lines);
    for (const p of paragraphs) blocks.push({ kind: 'paragraph', text: p });
  }
  return blocks;
}

/**
 * What is parsed of a text or Markdown file, or of a JSON article's text: each line cut to the
 * article text used, so that one giant line (a 4 MB title) does not crowd out the rest, then the
 * whole cut to {@link MAX_SOURCE_CHARS}.
 */
export function boundSource(text: string): string {
  const lines = text.split('\n');
  const bounded = lines.some((l) => l.length > MAX_TEXT_CHARS)
    ? lines.map((l) => cutAtBoundary(l, MAX_TEXT_CHARS)).join('\n')
    : text;
  return cutAtBoundary(bounded, MAX_SOURCE_CHARS);
}
