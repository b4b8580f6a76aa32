import type { Article } from '../model.js';
import type { TermIndex } from '../text/term-index.js';
import { passingTerms, type Term } from '../text/terms.js';
import type { GroupingConfig } from './grouping-config.js';
import { GrowingInts } from './growing-ints.js';
import type { TermCounts } from './vector-rows.js';

/** What grouping compares of a batch's articles, as term ids: `articleFeatures`, held as integers. */
export interface BatchTerms extends TermCounts {
  /** 1 where the row's term is one of its article's title terms. */
  readonly inTitle: Uint8Array;
  /** 1 for terms some article writes as a name or number more often than as a plain word. */
  readonly specific: Uint8Array;
}

/** One article's distinct terms as they are met, with counts, votes for being a name, and title marks. */
class ArticleRow {
  readonly ids = new GrowingInts();
  readonly counts = new GrowingInts();
  readonly votes = new GrowingInts();
  readonly inTitle = new GrowingInts();
  readonly pair = new GrowingInts();
  private position = new Int32Array(1024).fill(-1);

  constructor(private readonly index: TermIndex) {}

  /** Counts one occurrence of `stem` (`vote` +1 for a name or number, -1 for a plain word, 0 for a name pair). */
  meet(stem: string, vote: number, title: boolean): void {
    const id = this.index.id(stem);
    if (id >= this.position.length) {
      const grown = new Int32Array(Math.max(id + 1, this.position.length * 2)).fill(-1);
      grown.set(this.position);
      this.position = grown;
    }
    let at = this.position[id] ?? -1;
    if (at < 0) {
      at = this.ids.length;
      this.position[id] = at;
      this.ids.push(id);
      this.counts.push(0);
      this.votes.push(0);
      this.inTitle.push(0);
      this.pair.push(vote === 0 ? 1 : 0);
    }
    this.counts.add(at, 1);
    this.votes.add(at, vote);
    if (title) this.inTitle.set(at, 1);
  }

  clear(): void {
    for (let k = 0; k < this.ids.length; k++) this.position[this.ids.get(k)] = -1;
    for (const list of [this.ids, this.counts, this.votes, this.inTitle, this.pair]) list.clear();
  }
}

/** How many articles' terms are counted before room is made for the rest. */
const SAMPLE = 200;

/** Adjacent capitalised words ("Pierre Thomas") as one term: a name is more telling than its parts. */
function meetNamePairs(row: ArticleRow, terms: readonly Term[], title: boolean): void {
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1];
    const b = terms[i];
    if (a?.capitalized && b?.capitalized) row.meet(`${a.stem}_${b.stem}`, 0, title);
  }
}

/**
 * Each article's distinct terms in the order first seen, with how often each occurs: exactly what
 * `articleFeatures` finds (its stems, title and specific terms), without its intermediate lists.
 * Stems are numbered by `index`; the batch is held as integers.
 */
export function batchTerms(
  articles: readonly Pick<Article, 'title' | 'sentences' | 'language'>[],
  config: GroupingConfig,
  index: TermIndex,
): BatchTerms {
  const offsets = new Int32Array(articles.length + 1);
  const ids = new GrowingInts();
  const counts = new GrowingInts((size) => new Uint8Array(size));
  const more = new Map<number, number>();
  const inTitle = new GrowingInts((size) => new Uint8Array(size));
  const specific = new GrowingInts((size) => new Uint8Array(size));
  const row = new ArticleRow(index);
  const vote = (t: Term): number => (t.capitalized || t.numeric ? 1 : -1);
  articles.forEach((article, a) => {
    const title = passingTerms(article.title, article.language);
    const lead = article.sentences
      .slice(0, config.leadSentences)
      .map((s) => passingTerms(s.text, article.language));
    // The title counts `titleWeight` times, then the lead; name pairs come last, the title's first.
    for (let r = 0; r < Math.max(1, config.titleWeight); r++)
      for (const t of title) row.meet(t.stem, vote(t), true);
    for (const sentence of lead) for (const t of sentence) row.meet(t.stem, vote(t), false);
    meetNamePairs(row, title, true);
    for (const sentence of lead) meetNamePairs(row, sentence, false);
    for (let k = 0; k < row.ids.length; k++) {
      const id = row.ids.get(k);
      ids.push(id);
      const count = row.counts.get(k);
      if (count >= 255) more.set(ids.length - 1, count);
      counts.push(Math.min(count, 255));
      inTitle.push(row.inTitle.get(k));
      if (row.votes.get(k) > 0 || row.pair.get(k)) specific.setAt(id, 1);
    }
    offsets[a + 1] = ids.length;
    row.clear();
    // The first articles tell how many terms the batch will hold: room for them all, with a margin.
    if (a + 1 === SAMPLE && articles.length > SAMPLE) {
      const estimate = Math.ceil((ids.length / SAMPLE) * articles.length * 1.1);
      for (const list of [ids, counts, inTitle]) list.reserve(estimate);
    }
  });
  return {
    offsets,
    ids: ids.view(),
    counts: counts.view(),
    more,
    inTitle: inTitle.view(),
    specific: specific.view(),
  };
}
