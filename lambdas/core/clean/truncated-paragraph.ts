import { splitSentences } from '../text/split-sentences.js';
import { isTeaser } from './boilerplate-rules.js';

/** A paragraph cut off with an ellipsis, parted into what it states in full and the cut-off tail. */
export interface TruncatedParagraph {
  /** Its complete sentences, or null when the cut fell in its first sentence. */
  readonly complete: string | null;
  /** The unfinished sentence (or sentences) at the cut. */
  readonly tail: string;
}

/**
 * Parts a paragraph ending in "…" or "..." into its complete sentences and the sentence the cut
 * left unfinished. Feeds and excerpts cut paragraphs at a length, not at a sentence: the sentences
 * before the cut are the article's own text, and an excerpt of one paragraph is still an article.
 */
export function splitTruncated(paragraph: string): TruncatedParagraph {
  const sentences = splitSentences(paragraph);
  let end = sentences.length;
  // The splitter may end a sentence at the ellipsis of the cut itself: every trailing piece that
  // ends in one is part of the tail.
  while (end > 0 && isTeaser(sentences[end - 1] ?? '')) end--;
  const complete = sentences.slice(0, end).join(' ');
  return {
    complete: complete === '' ? null : complete,
    tail: sentences.slice(end).join(' '),
  };
}
