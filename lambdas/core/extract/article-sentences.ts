import { MAX_SENTENCE_CHARS, MAX_SENTENCES } from '../limits.js';
import type { Sentence } from '../model.js';
import { splitSentences } from '../text/split-sentences.js';

/** The sentences of an article's paragraphs, and how many were too long to be sentences. */
export interface ArticleSentences {
  readonly sentences: readonly Sentence[];
  /** Runs of text over {@link MAX_SENTENCE_CHARS}: lists, tables or text without punctuation, left out. */
  readonly overlong: number;
}

/**
 * Splits paragraphs into sentences, in order, up to {@link MAX_SENTENCES}. A "sentence" longer than
 * {@link MAX_SENTENCE_CHARS} is left out: no reader takes it in as one, so it is never a key point.
 */
export function articleSentences(paragraphs: readonly string[], language = 'en'): ArticleSentences {
  const sentences: Sentence[] = [];
  let overlong = 0;
  for (let p = 0; p < paragraphs.length && sentences.length < MAX_SENTENCES; p++) {
    for (const text of splitSentences(paragraphs[p] ?? '', language)) {
      if (text.length > MAX_SENTENCE_CHARS) overlong++;
      else if (sentences.length < MAX_SENTENCES)
        sentences.push({ text, index: sentences.length, paragraph: p });
    }
  }
  return { sentences, overlong };
}
