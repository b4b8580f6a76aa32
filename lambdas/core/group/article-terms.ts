import type { Article } from '../model.js';
import type { TermIndex } from '../text/term-index.js';
import { articleFeatures } from './article-features.js';
import type { GroupingConfig } from './grouping-config.js';
import type { TermCounts } from './vector-rows.js';

/** What grouping compares of a batch's articles, as term ids (see `articleFeatures`). */
export interface BatchTerms extends TermCounts {
  /** 1 where the row's term is one of its article's title terms. */
  readonly inTitle: Uint8Array;
  /** 1 for terms some article writes as a name or number more often than as a plain word. */
  readonly specific: Uint8Array;
}

/** Grows a typed array to hold at least `size` items. */
function grown<T extends Int32Array | Uint8Array>(a: T, size: number, make: (n: number) => T): T {
  if (size <= a.length) return a;
  const b = make(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Each article's distinct terms in the order first seen, with how often each occurs, as
 * `articleFeatures` finds them; stems numbered by `index`. Only one article's strings are alive at
 * a time: the batch is held as integers.
 */
export function batchTerms(
  articles: readonly Pick<Article, 'title' | 'sentences' | 'language'>[],
  config: GroupingConfig,
  index: TermIndex,
): BatchTerms {
  const offsets = new Int32Array(articles.length + 1);
  let ids = new Int32Array(1024);
  let counts = new Int32Array(1024);
  let inTitle = new Uint8Array(1024);
  let specific = new Uint8Array(1024);
  let position = new Int32Array(1024).fill(-1);
  let length = 0;
  articles.forEach((article, a) => {
    const features = articleFeatures(article, config.leadSentences, config.titleWeight);
    const start = length;
    for (const stem of features.stems) {
      const id = index.id(stem);
      position = grown(position, index.size, (n) => new Int32Array(n).fill(-1));
      const at = position[id] ?? -1;
      if (at >= 0) {
        counts[at] = (counts[at] ?? 0) + 1;
        continue;
      }
      ids = grown(ids, length + 1, (n) => new Int32Array(n));
      counts = grown(counts, length + 1, (n) => new Int32Array(n));
      inTitle = grown(inTitle, length + 1, (n) => new Uint8Array(n));
      position[id] = length;
      ids[length] = id;
      counts[length] = 1;
      length++;
    }
    for (const stem of features.title) {
      const at = position[index.id(stem)] ?? -1;
      if (at >= 0) inTitle[at] = 1;
    }
    specific = grown(specific, index.size, (n) => new Uint8Array(n));
    for (const stem of features.specific) specific[index.id(stem)] = 1;
    for (let k = start; k < length; k++) position[ids[k] ?? 0] = -1;
    offsets[a + 1] = length;
  });
  return {
    offsets,
    ids: ids.slice(0, length),
    counts: counts.slice(0, length),
    inTitle: inTitle.slice(0, length),
    specific,
  };
}
