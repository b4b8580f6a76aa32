const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The end of a cut at most `max` UTF-16 units long that splits no character as a reader sees it:
 * no surrogate pair, flag, emoji ZWJ sequence or letter with its accents. A single cluster longer
 * than `max` at the start is cut between code points instead.
 */
function safeEnd(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let end = 0;
  // Whether `max` is a boundary depends only on the text before it and the code point at it.
  for (const { index } of graphemes.segment(text.slice(0, max + 2))) {
    if (index > max) break;
    end = index;
  }
  if (end > 0) return end;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Shortens text to at most `max` characters at a word boundary, ending with an ellipsis, the way
 * a reader expects a long title cut. A single word longer than that is cut inside the word.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, safeEnd(text, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// A sentence ends at . ! ? or … (closing quotes or brackets may follow) before a space.
const SENTENCE_END = /[.!?…]["”’')\]]*\s/gu;

/**
 * The longest start of a text of at most `max` characters that ends at a line break, else at the
 * end of a sentence, else at a space: the text a bounded reader keeps. Cuts inside a word only
 * when the start holds no space at all.
 */
export function cutAtBoundary(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, safeEnd(text, max));
  const line = head.lastIndexOf('\n');
  if (line > max / 2) return head.slice(0, line);
  let sentence = -1;
  for (const match of head.matchAll(SENTENCE_END)) sentence = match.index + match[0].length - 1;
  if (sentence > 0) return head.slice(0, sentence);
  const space = head.lastIndexOf(' ');
  return space > 0 ? head.slice(0, space) : head;
}

// What storableText replaces: a control character other than tab and line breaks, or a lone surrogate.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Surrogate}/u;

/**
 * Text safe to store and to serialise: control characters (other than tab and line breaks)
 * become spaces and unpaired surrogates become U+FFFD, so that no character takes more than
 * three bytes in UTF-8 or in JSON.
 */
export function storableText(text: string): string {
  // Nearly all text is storable as it is: one scan finds that, where the replacements copy it twice.
  if (!UNSTORABLE.test(text)) return text;
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu, ' ')
      .replace(/\p{Surrogate}/gu, '\ufffd')
  );
}
