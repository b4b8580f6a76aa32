import type { DigestKeyPoint } from '../digest/digest-model.js';
import type { Article } from '../model.js';
import { carries as carriesIn, isSameKeyPoint as sameIn } from './fact-alignment.js';
import { type Candidate, CandidateIndex, storyCandidates } from './fact-candidates.js';
import type { Rewrite } from './rewrites.js';
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
function gatherFacts(
  candidates: readonly Candidate[],
  same: (a: string, b: string) => boolean,
  language: string,
): Fact[] {
  const facts: Fact[] = [];
  const index = new CandidateIndex<{ text: string; fact: Fact }>(language);
  for (const candidate of candidates) {
    const near = index.near(candidate.text).find((f) => same(f.text, candidate.text));
    if (near) near.fact.members.push(candidate);
    else {
      const fact = { members: [candidate] };
      facts.push(fact);
      index.add({ text: candidate.text, fact });
    }
  }
  return facts;
}

/**
 * A rewrite and its original restate each other sentence by sentence, in order: each sentence of
 * such a pair is carried by the other article too, even where the wording differs too much for
 * the sentences alone to show it.
 */
function restatements(
  rewrites: ReadonlyMap<string, Rewrite>,
  byKey: ReadonlyMap<string, Article>,
): Map<string, Set<Article>> {
  const by = new Map<string, Set<Article>>();
  const add = (text: string, article: Article | undefined) => {
    if (!article) return;
    const set = by.get(text) ?? new Set<Article>();
    set.add(article);
    by.set(text, set);
  };
  for (const [key, rewrite] of rewrites) {
    for (const [own, restated] of rewrite.restated) {
      add(own, byKey.get(rewrite.originalKey));
      add(restated, byKey.get(key));
    }
  }
  return by;
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
  rewrites: ReadonlyMap<string, Rewrite> = new Map(),
  limit: number = MAX_STORY_KEY_POINTS,
): DigestKeyPoint[] {
  const byKey = new Map(articles.map((a) => [a.key, a]));
  const voice = (a: Article) => voiceOf(a, rewrites, byKey);
  // A story is in one language (grouping never mixes them): its sentences are compared in it.
  const language = articles[0]?.language ?? 'en';
  const carries = (from: string, to: string) => carriesIn(from, to, language);
  const isSameKeyPoint = (a: string, b: string) => sameIn(a, b, language);
  const weighed = [...articles]
    .sort((a, b) => b.keyPoints.length - a.keyPoints.length || a.key.localeCompare(b.key))
    .slice(0, MAX_SOURCE_ARTICLES);
  const candidates = storyCandidates(weighed);
  const index = new CandidateIndex<Candidate>(language);
  for (const c of candidates) index.add(c);
  const restatedBy = restatements(rewrites, byKey);
  // Sentences a rewrite restates in order state one fact, however differently worded.
  const pairs = new Set(
    [...rewrites.values()].flatMap((r) => r.restated.map(([own, other]) => `${own}\u0000${other}`)),
  );
  const carriersOf = (text: string): Article[] => {
    const found = new Set<Article>(restatedBy.get(text) ?? []);
    for (const c of index.near(text))
      if (c.text === text || carries(c.text, text)) for (const a of c.articles) found.add(a);
    return [...found];
  };
  const restates = (a: string, b: string) =>
    a === b || isSameKeyPoint(a, b) || pairs.has(`${a}\u0000${b}`) || pairs.has(`${b}\u0000${a}`);
  const sameFact = (a: string, b: string) => restates(a, b) || carries(a, b) || carries(b, a);
  // One fact told two ways neither carries: a third sentence restates the one and carries the other.
  const bridged = (a: string, b: string) =>
    index
      .near(a)
      .some(
        (c) => (restates(c.text, a) && carries(c.text, b)) || (restates(c.text, b) && carries(c.text, a)),
      );
  const choices = gatherFacts(candidates, isSameKeyPoint, language).map((fact): Choice => {
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
    const redundant = (c: Choice) => sameFact(c.text, choice.text) || bridged(c.text, choice.text);
    if (chosen.some(redundant)) continue;
    chosen.push(choice);
  }
  const others = articles.filter((a) => !weighed.includes(a));
  return chosen.map((c) => toKeyPoint(c, others, voice, carries));
}

function toKeyPoint(
  choice: Choice,
  others: readonly Article[],
  voice: (a: Article) => string,
  carries: (from: string, to: string) => boolean,
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
