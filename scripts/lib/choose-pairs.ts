import { kindOf, overlapOf, type PairKind, type Sentence, toSentence } from './pair-kinds.js';
import type { JsonlArticle } from './read-jsonl.js';
import { seededRandom, shuffled } from './seeded-random.js';

export const SEED = 20_140_526;

/** How many pairs of each kind to choose; `random` is split evenly over overlap levels. */
export const QUOTAS: Readonly<Record<PairKind, number>> = {
  numbers: 60,
  negation: 25,
  'wire-copy': 50,
  containment: 85,
  'overlap-different': 70,
  paraphrase: 85,
  random: 72,
};
const RANDOM_BINS = [0, 0.1, 0.25, 0.5, 1.01];
const RESERVOIR = 40;

export interface ChosenPair {
  readonly event: string;
  readonly kind: PairKind;
  readonly a: { article: string; text: string };
  readonly b: { article: string; text: string };
}

const words = (line: string): number => line.split(/\s+/u).filter(Boolean).length;
// Whole sentences only: headlines, datelines and bylines rarely end with punctuation.
const isSentence = (line: string): boolean =>
  words(line) >= 8 && words(line) <= 45 && /[.!?"'”]$/u.test(line);
const normal = (s: string): string => s.toLowerCase().replace(/\s+/gu, ' ').trim();

function sentencesByEvent(articles: readonly JsonlArticle[]): Map<string, Sentence[]> {
  const out = new Map<string, Sentence[]>();
  const seen = new Set<string>();
  for (const article of [...articles].sort((x, y) => x.id.localeCompare(y.id))) {
    const event = article.story_id;
    if (!event) continue;
    const list = out.get(event) ?? [];
    for (const raw of article.text.split('\n')) {
      const line = raw.trim();
      // The same sentence in two articles of an event is one candidate, taken from the first.
      if (!isSentence(line) || seen.has(`${event}\u0000${normal(line)}`)) continue;
      seen.add(`${event}\u0000${normal(line)}`);
      list.push(toSentence(article.id, line));
    }
    out.set(event, list);
  }
  return out;
}

/** Words used by at most two topics: names and details of one event rather than news vocabulary. */
function rareWords(
  articles: readonly JsonlArticle[],
  byEvent: Map<string, Sentence[]>,
): (w: string) => boolean {
  const topicOf = new Map(articles.map((a) => [a.story_id ?? '', a.topic_id ?? '']));
  const topics = new Map<string, Set<string>>();
  for (const [event, sentences] of byEvent)
    for (const s of sentences)
      for (const w of s.words) topics.set(w, (topics.get(w) ?? new Set()).add(topicOf.get(event) ?? ''));
  return (w) => (topics.get(w)?.size ?? 0) <= 2 && w.length > 2;
}

type Candidate = [Sentence, Sentence];

/** Chooses the pairs: every hard case by quota, round-robin over events so that no event dominates. */
export function choosePairs(articles: readonly JsonlArticle[]): ChosenPair[] {
  const random = seededRandom(SEED);
  const byEvent = sentencesByEvent(articles);
  const isRare = rareWords(articles, byEvent);
  const pools = new Map<string, Map<string, Candidate[]>>();
  const add = (pool: string, event: string, c: Candidate): void => {
    const events = pools.get(pool) ?? new Map<string, Candidate[]>();
    const list = events.get(event) ?? [];
    if (!pool.startsWith('random')) list.push(c);
    else if (list.length < RESERVOIR) list.push(c);
    else {
      const j = Math.floor(random() * RESERVOIR * 8);
      if (j < RESERVOIR) list[j] = c;
    }
    events.set(event, list);
    pools.set(pool, events);
  };
  for (const [event, sentences] of byEvent)
    sentences.forEach((a, i) => {
      for (const b of sentences.slice(i + 1)) {
        if (a.article === b.article) continue;
        const o = overlapOf(a, b, isRare);
        const kind = kindOf(a, b, o);
        if (kind) add(kind, event, [a, b]);
        const bin = RANDOM_BINS.findIndex(
          (edge, k) => o.jaccard >= edge && o.jaccard < (RANDOM_BINS[k + 1] ?? 2),
        );
        add(`random-${bin}`, event, [a, b]);
      }
    });
  const used = new Set<string>();
  const out: ChosenPair[] = [];
  const take = (pool: string, kind: PairKind, quota: number): void => {
    const events = pools.get(pool) ?? new Map<string, Candidate[]>();
    const order = shuffled([...events.keys()].sort(), random);
    let taken = 0;
    for (let round = 0; taken < quota && round < 50; round++)
      for (const event of order) {
        if (taken >= quota) break;
        const fresh = (events.get(event) ?? []).filter(([a, b]) => !used.has(a.text) && !used.has(b.text));
        const pick = fresh[Math.floor(random() * fresh.length)];
        if (!pick) continue;
        const [a, b] = random() < 0.5 ? pick : [pick[1], pick[0]];
        used.add(a.text).add(b.text);
        out.push({
          event,
          kind,
          a: { article: a.article, text: a.text },
          b: { article: b.article, text: b.text },
        });
        taken++;
      }
  };
  for (const kind of Object.keys(QUOTAS) as PairKind[]) if (kind !== 'random') take(kind, kind, QUOTAS[kind]);
  const perBin = Math.ceil(QUOTAS.random / (RANDOM_BINS.length - 1));
  for (let bin = 0; bin < RANDOM_BINS.length - 1; bin++) take(`random-${bin}`, 'random', perBin);
  return out.sort((x, y) => x.event.localeCompare(y.event, 'en', { numeric: true }));
}
