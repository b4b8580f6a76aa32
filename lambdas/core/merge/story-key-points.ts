import type { DigestKeyPoint } from '../digest/digest-model.js';
import type { Article } from '../model.js';
import { comparisonKey } from '../text/normalize.js';
import { isSameKeyPoint } from './same-key-point.js';

/** Most key points a story shows. */
export const MAX_STORY_KEY_POINTS = 7;
/** Articles of a story whose key points are weighed; beyond this, more reports add cost, not facts. */
const MAX_SOURCE_ARTICLES = 40;

interface Candidate {
  readonly text: string;
  readonly article: Article;
  /** The sentence's score within its article, scaled to 0..1 by the article's best. */
  readonly relevance: number;
}

interface Fact {
  readonly members: Candidate[];
  readonly articles: Set<Article>;
}

/** The sources behind a fact: distinct outlets, an article without a known outlet counting as its own source. */
function sourceCount(articles: ReadonlySet<Article>): number {
  return new Set([...articles].map((a) => a.outlet ?? `\u0000${a.key}`)).size;
}

function importance(fact: Fact): number {
  const best = Math.max(...fact.members.map((m) => m.relevance));
  return sourceCount(fact.articles) + best;
}

function candidatesOf(articles: readonly Article[]): Candidate[] {
  // A line one report shows as a photo caption is a caption wherever it appears.
  const captions = new Set(articles.flatMap((a) => a.captions.map(comparisonKey)));
  return articles.flatMap((article) => {
    const top = article.keyPoints[0]?.score ?? 1;
    return article.keyPoints
      .filter((k) => !captions.has(comparisonKey(k.text)))
      .map((k) => ({ text: k.text, article, relevance: top > 0 ? Math.max(0, k.score) / top : 0 }));
  });
}

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
  const sources = [...articles]
    .sort((a, b) => b.keyPoints.length - a.keyPoints.length || a.key.localeCompare(b.key))
    .slice(0, MAX_SOURCE_ARTICLES);
  const candidates = candidatesOf(sources).sort(
    (p, q) => q.relevance - p.relevance || p.text.localeCompare(q.text),
  );
  const facts: Fact[] = [];
  for (const candidate of candidates) {
    const fact = facts.find((f) => f.members.some((m) => isSameKeyPoint(m.text, candidate.text)));
    if (fact) {
      fact.members.push(candidate);
      fact.articles.add(candidate.article);
    } else {
      facts.push({ members: [candidate], articles: new Set([candidate.article]) });
    }
  }
  const ranked = facts
    .map((fact) => ({ fact, score: importance(fact) }))
    .sort(
      (p, q) =>
        q.score - p.score || (p.fact.members[0]?.text ?? '').localeCompare(q.fact.members[0]?.text ?? ''),
    );
  const chosen: { fact: Fact; text: string }[] = [];
  for (const { fact } of ranked) {
    if (chosen.length >= limit) break;
    // The member its own article ranks highest speaks for the fact.
    const text = fact.members[0]?.text;
    if (!text || chosen.some((c) => isSameKeyPoint(c.text, text))) continue;
    chosen.push({ fact, text });
  }
  return chosen.map(({ fact, text }) => {
    const reporting = [...fact.articles].sort((a, b) => a.key.localeCompare(b.key));
    return {
      text,
      outlets: [...new Set(reporting.map((a) => a.outlet).filter((o): o is string => o !== null))],
      articleKeys: reporting.map((a) => a.key),
    };
  });
}
