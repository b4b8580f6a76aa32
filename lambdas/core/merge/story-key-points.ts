import type { DigestKeyPoint } from '../digest/digest-model.js';
import type { Article } from '../model.js';
import { carries, isSameKeyPoint } from './fact-alignment.js';
import { type Candidate, CandidateIndex, storyCandidates } from './fact-candidates.js';
import { sourceName, voiceOf } from './voices.js';

/** Most key points a story shows. */
export const MAX_STORY_KEY_POINTS = 7;
/** Articles whose sentences are weighed to find a story's facts; all of them are then credited. */
const MAX_SOURCE_ARTICLES = 40;
/** Sentences of one fact tried as the one that speaks for it. */
const SPOKESPEOPLE = 5;

interface Fact {
  readonly members: Candidate[];
}

/** Sentences stating the same fact, gathered (each compared with the fact's first, most relevant, sentence). */
function gatherFacts(candidates: readonly Candidate[]): Fact[] {
  const facts: Fact[] = [];
  const index = new CandidateIndex<{ text: string; fact: Fact }>();
  for (const candidate of candidates) {
    const near = index.near(candidate.text).find((f) => isSameKeyPoint(f.text, candidate.text));
    if (near) near.fact.members.push(candidate);
    else {
      const fact = { members: [candidate] };
      facts.push(fact);
      index.add({ text: candidate.text, fact });
    }
  }
  return facts;
}

interface Choice {
  readonly text: string;
  readonly source: Article;
  readonly carriers: readonly Article[];
  readonly voices: number;
  readonly relevance: number;
}

/**
 * The key points of a story, chosen across all of its articles' sentences. Sentences that state
 * the same fact are one key point; each is quoted verbatim from one article (`sourceKey`), and an
 * article is credited with it only when one of its sentences carries all of its information.
 * Facts carried by more independent voices rank first (a rewrite speaks with its original's
 * voice), then the more central; no key point carries another.
 */
export function storyKeyPoints(
  articles: readonly Article[],
  rewrites: ReadonlyMap<string, string> = new Map(),
  limit: number = MAX_STORY_KEY_POINTS,
): DigestKeyPoint[] {
  const byKey = new Map(articles.map((a) => [a.key, a]));
  const voice = (a: Article) => voiceOf(a, rewrites, byKey);
  const weighed = [...articles]
    .sort((a, b) => b.keyPoints.length - a.keyPoints.length || a.key.localeCompare(b.key))
    .slice(0, MAX_SOURCE_ARTICLES);
  const candidates = storyCandidates(weighed);
  const index = new CandidateIndex<Candidate>();
  for (const c of candidates) index.add(c);
  const carriersOf = (text: string): Article[] => {
    const found = new Set<Article>();
    for (const c of index.near(text))
      if (c.text === text || carries(c.text, text)) for (const a of c.articles) found.add(a);
    return [...found];
  };
  const choices = gatherFacts(candidates).map((fact): Choice => {
    const options = fact.members.slice(0, SPOKESPEOPLE).map((m) => {
      const carriers = carriersOf(m.text);
      return { m, carriers, voices: new Set(carriers.map(voice)).size };
    });
    const best = options.reduce((p, q) =>
      q.voices > p.voices || (q.voices === p.voices && q.carriers.length > p.carriers.length) ? q : p,
    );
    const source = [...best.m.articles].sort(
      (a, b) => Number(rewrites.has(a.key)) - Number(rewrites.has(b.key)) || a.key.localeCompare(b.key),
    )[0] as Article;
    return {
      text: best.m.text,
      source,
      carriers: best.carriers,
      voices: best.voices,
      relevance: fact.members[0]?.relevance ?? 0,
    };
  });
  choices.sort(
    (p, q) =>
      q.voices - p.voices ||
      q.carriers.length - p.carriers.length ||
      q.relevance - p.relevance ||
      p.text.localeCompare(q.text),
  );
  const chosen: Choice[] = [];
  for (const choice of choices) {
    if (chosen.length >= limit) break;
    const redundant = (c: Choice) =>
      carries(c.text, choice.text) || carries(choice.text, c.text) || isSameKeyPoint(c.text, choice.text);
    if (chosen.some(redundant)) continue;
    chosen.push(choice);
  }
  const others = articles.filter((a) => !weighed.includes(a));
  return chosen.map((c) => toKeyPoint(c, others, voice));
}

function toKeyPoint(
  choice: Choice,
  others: readonly Article[],
  voice: (a: Article) => string,
): DigestKeyPoint {
  // Articles beyond the weighed ones are credited with the facts their sentences carry too.
  const extra = others.filter((a) =>
    [...a.keyPoints, ...a.sentences].some((s) => carries(s.text, choice.text)),
  );
  const rest = [...new Set([...choice.carriers, ...extra])]
    .filter((a) => a !== choice.source)
    .sort((a, b) => a.key.localeCompare(b.key));
  const reporting = [choice.source, ...rest];
  return {
    text: choice.text,
    sourceKey: choice.source.key,
    outlets: [...new Set(reporting.map(sourceName).filter((o): o is string => o !== null))],
    articleKeys: reporting.map((a) => a.key),
    voices: new Set(reporting.map(voice)).size,
  };
}
