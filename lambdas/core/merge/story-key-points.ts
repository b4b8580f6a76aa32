import type { DigestKeyPoint } from '../digest/digest-model.js';
import type { Article } from '../model.js';
import { comparisonKey } from '../text/normalize.js';
import { isSameKeyPoint } from './same-key-point.js';

/** Most key points a story shows. */
export const MAX_STORY_KEY_POINTS = 7;
/** Articles whose sentences are weighed to find a story's facts; all of them are then credited. */
const MAX_SOURCE_ARTICLES = 40;
/** Members of a fact a new sentence is compared with: the best-ranked ones speak for it. */
const FACT_PROBES = 3;

/** One distinct sentence and every article that has it verbatim (wire copy repeats sentences). */
interface Candidate {
  readonly text: string;
  readonly articles: Set<Article>;
  /** The sentence's best score within an article, scaled to 0..1 by that article's best. */
  relevance: number;
}

interface Fact {
  readonly members: Candidate[];
  readonly articles: Set<Article>;
}

/** The sources behind a fact: distinct outlets, an article without a known outlet counting as its own source. */
function sourceCount(articles: ReadonlySet<Article>): number {
  return new Set([...articles].map((a) => a.outlet ?? `\u0000${a.key}`)).size;
}

function candidatesOf(articles: readonly Article[], captions: ReadonlySet<string>): Candidate[] {
  const byText = new Map<string, Candidate>();
  for (const article of articles) {
    const top = article.keyPoints[0]?.score ?? 1;
    for (const point of article.keyPoints) {
      const key = comparisonKey(point.text);
      if (captions.has(key)) continue;
      const relevance = top > 0 ? Math.max(0, point.score) / top : 0;
      const known = byText.get(key);
      if (known) {
        known.articles.add(article);
        known.relevance = Math.max(known.relevance, relevance);
      } else {
        byText.set(key, { text: point.text, articles: new Set([article]), relevance });
      }
    }
  }
  return [...byText.values()].sort((p, q) => q.relevance - p.relevance || p.text.localeCompare(q.text));
}

const states = (fact: Fact, text: string, language: string): boolean =>
  fact.members.slice(0, FACT_PROBES).some((m) => isSameKeyPoint(m.text, text, language));

/**
 * The key points of a story, chosen across all of its articles. Sentences that state the same
 * fact (`isSameKeyPoint`) become one key point attributed to every outlet and article behind
 * them; facts reported by more sources rank first, then by relevance. Each key point is a
 * verbatim sentence of one source, and no two key points state the same fact.
 */
export function storyKeyPoints(
  articles: readonly Article[],
  limit: number = MAX_STORY_KEY_POINTS,
): DigestKeyPoint[] {
  // A line one report shows as a photo caption is a caption wherever it appears.
  const captions = new Set(articles.flatMap((a) => a.captions.map(comparisonKey)));
  // A story's articles share one language (grouping never mixes them).
  const language = articles[0]?.language ?? 'en';
  const sources = [...articles]
    .sort((a, b) => b.keyPoints.length - a.keyPoints.length || a.key.localeCompare(b.key))
    .slice(0, MAX_SOURCE_ARTICLES);
  const facts: Fact[] = [];
  for (const candidate of candidatesOf(sources, captions)) {
    const fact = facts.find((f) => states(f, candidate.text, language));
    if (fact) {
      fact.members.push(candidate);
      for (const a of candidate.articles) fact.articles.add(a);
    } else {
      facts.push({ members: [candidate], articles: new Set(candidate.articles) });
    }
  }
  const ranked = facts
    .map((fact) => ({
      fact,
      score: sourceCount(fact.articles) + Math.max(...fact.members.map((m) => m.relevance)),
    }))
    .sort(
      (p, q) =>
        q.score - p.score || (p.fact.members[0]?.text ?? '').localeCompare(q.fact.members[0]?.text ?? ''),
    );
  const chosen: { fact: Fact; text: string }[] = [];
  for (const { fact } of ranked) {
    if (chosen.length >= limit) break;
    // The member its own article ranks highest speaks for the fact.
    const text = fact.members[0]?.text;
    if (!text || chosen.some((c) => isSameKeyPoint(c.text, text, language))) continue;
    chosen.push({ fact, text });
  }
  // Articles beyond the weighed ones are credited with the facts they report too.
  const others = articles.filter((a) => !sources.includes(a));
  return chosen.map(({ fact, text }) => {
    for (const article of others) {
      if (article.keyPoints.some((k) => states(fact, k.text, language))) fact.articles.add(article);
    }
    const reporting = [...fact.articles].sort((a, b) => a.key.localeCompare(b.key));
    return {
      text,
      outlets: [...new Set(reporting.map((a) => a.outlet).filter((o): o is string => o !== null))],
      articleKeys: reporting.map((a) => a.key),
    };
  });
}
