import type { Article } from '../model.js';
import { extractTerms, type Term } from '../text/terms.js';

/** Adjacent capitalised words ("Pierre Thomas", "Betty Ford") joined: a name is more telling than its parts. */
function namePairs(terms: readonly Term[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1];
    const b = terms[i];
    if (a?.capitalized && b?.capitalized) pairs.push(`${a.stem}_${b.stem}`);
  }
  return pairs;
}

/** What grouping compares of one article. */
export interface ArticleFeatures {
  /** Stems of the title (repeated) and lead, and the names written as adjacent capitalised words. */
  readonly stems: readonly string[];
  /** Stems this article writes as names or numbers more often than as plain words. */
  readonly specific: ReadonlySet<string>;
  /** Stems and names of the title alone: what the outlet chose to headline. */
  readonly title: readonly string[];
}

/**
 * The terms grouping compares for an article: stems of its title (counted `titleWeight` times)
 * and of the first `leadSentences` sentences of its body (the facts that identify an event come
 * first in news), plus the names written as adjacent capitalised words.
 */
export function articleFeatures(
  article: Pick<Article, 'title' | 'sentences'> & { readonly language?: string },
  leadSentences: number,
  titleWeight: number,
): ArticleFeatures {
  const title = extractTerms(article.title, article.language);
  const lead = article.sentences.slice(0, leadSentences);
  const sentences = [title, ...lead.map((s) => extractTerms(s.text, article.language))];
  const extraTitles = Array.from({ length: Math.max(0, titleWeight - 1) }, () => title).flat();
  const all = [...extraTitles, ...sentences.flat()];
  const votes = new Map<string, number>();
  for (const t of all) votes.set(t.stem, (votes.get(t.stem) ?? 0) + (t.capitalized || t.numeric ? 1 : -1));
  const pairs = sentences.flatMap(namePairs);
  const specific = new Set([...[...votes].filter(([, v]) => v > 0).map(([stem]) => stem), ...pairs]);
  return {
    stems: [...all.map((t) => t.stem), ...pairs],
    specific,
    title: [...title.map((t) => t.stem), ...namePairs(title)],
  };
}
