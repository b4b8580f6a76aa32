import { seededRandom } from '../scripts/lib/seeded-random.js';
import type { JsonlArticle } from './jsonl-articles.js';

export { seededRandom } from '../scripts/lib/seeded-random.js';

/**
 * Words swapped for a near-synonym in copies. Common reporting verbs and nouns: the swap changes
 * the wording (and the term vectors a little) without inventing facts or names.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  said: 'stated',
  says: 'states',
  told: 'informed',
  killed: 'slain',
  police: 'officers',
  officials: 'authorities',
  announced: 'declared',
  reported: 'disclosed',
  according: 'per',
  after: 'following',
  before: 'prior to',
  near: 'close to',
  large: 'big',
  big: 'large',
  people: 'persons',
  company: 'firm',
  also: 'additionally',
  but: 'however',
  about: 'around',
  more: 'further',
  new: 'fresh',
  began: 'started',
  started: 'began',
  help: 'assist',
  show: 'reveal',
};

/** Swaps each listed word for its synonym with probability `rate`, keeping an initial capital. */
export function swapWords(text: string, random: () => number, rate = 0.5): string {
  return text.replace(/\b[A-Za-z]+\b/gu, (word) => {
    const lower = word.toLowerCase();
    const synonym = SYNONYMS[lower];
    if (synonym === undefined || random() >= rate) return word;
    return word[0] === lower[0] ? synonym : synonym[0]?.toUpperCase() + synonym.slice(1);
  });
}

/**
 * Copy `n` (from 1) of an article, reworded: its own key; the lead (first two lines) kept in
 * place, as rewrites of one report keep the news first; each later line dropped with probability
 * 0.2 (at least one kept) and one adjacent pair swapped half the time; then listed words swapped
 * for synonyms, in the title too. Copy 0 is the article itself.
 */
export function varyArticle(article: JsonlArticle, n: number): JsonlArticle {
  if (n === 0) return article;
  const random = seededRandom(`${article.id}#${n}`);
  const lines = article.text.split('\n');
  const lead = lines.slice(0, 2);
  let rest = lines.slice(2).filter(() => random() >= 0.2);
  if (rest.length === 0 && lines.length > 2) rest = lines.slice(2, 3);
  if (rest.length > 1 && random() < 0.5) {
    const at = Math.floor(random() * (rest.length - 1));
    const [a, b] = [rest[at] ?? '', rest[at + 1] ?? ''];
    rest.splice(at, 2, b, a);
  }
  return {
    ...article,
    id: `${article.id}~${n}`,
    url: null,
    title: article.title == null ? article.title : swapWords(article.title, random),
    text: swapWords([...lead, ...rest].join('\n'), random),
  };
}

/**
 * The first `size` articles of the endless sequence: every article, then copy 1 of every
 * article, then copy 2, and so on. Each size is a prefix of the next, so sizes share their data.
 */
export function scaledArticles(base: readonly JsonlArticle[], size: number): JsonlArticle[] {
  if (base.length === 0) return [];
  return Array.from({ length: size }, (_, i) => {
    const article = base[i % base.length] as JsonlArticle;
    return varyArticle(article, Math.floor(i / base.length));
  });
}
