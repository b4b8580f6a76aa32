import type { DigestArticle, DigestKeyPoint, DigestStory } from '../digest/digest-model.js';
import { MAX_OUTLET_CHARS, MAX_TITLE_CHARS } from '../limits.js';
import { hostOf } from '../merge/voices.js';
import { MAX_NAMED_SOURCES } from './newsletter-options.js';
import { singleLine, truncate } from './subject-line.js';

/** The longest title quoted to name an unnamed source. */
const QUOTED_TITLE_CHARS = 40;

/** An article's source as a reader knows it: its outlet, else its web host; null when unknown. */
const nameOf = (a: DigestArticle): string | null => {
  const name = a.outlet ?? hostOf(a.url);
  return name === null ? null : truncate(singleLine(name), MAX_OUTLET_CHARS);
};

/** An article's source, or an unnamed source told apart by its title. */
function label(a: DigestArticle): string {
  return (
    nameOf(a) ??
    `an unnamed source (“${truncate(singleLine(a.title), Math.min(QUOTED_TITLE_CHARS, MAX_TITLE_CHARS))}”)`
  );
}

/** The distinct named sources of a story's articles. */
export function storyOutlets(story: DigestStory): string[] {
  return [...new Set(story.articles.map(nameOf).filter((o): o is string => o !== null))];
}

function count(n: number, what: string): string {
  return `${n === 1 ? 'one' : n} ${what}${n === 1 ? '' : 's'}`;
}

/** "A, B and C": the first {@link MAX_NAMED_SOURCES} names, then how many more, then the unnamed. */
function list(names: readonly string[], unnamed: number): string {
  const shown = names.slice(0, MAX_NAMED_SOURCES);
  const parts = [...shown];
  if (names.length > shown.length) parts.push(count(names.length - shown.length, 'more source'));
  if (unnamed > 0) parts.push(count(unnamed, 'unnamed source'));
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Who reported a story: its named sources, then how many unnamed ones ("CNN, Time News and one unnamed source"). */
export function attribution(story: DigestStory): string {
  return list(storyOutlets(story), story.articles.filter((a) => nameOf(a) === null).length);
}

/** The story's rewrites, for a reader: "an unnamed source (“…”) restates CNN's report". */
export function rewritesNote(story: DigestStory): string {
  const byKey = new Map(story.articles.map((a) => [a.key, a]));
  return story.articles
    .flatMap((a) => {
      const original = a.rewriteOf === undefined ? undefined : byKey.get(a.rewriteOf);
      return original ? [`${label(a)} restates ${label(original)}’s report`] : [];
    })
    .slice(0, 3)
    .join('; ');
}

/** What attributing a story's key points needs of the story, worked out once per story. */
export interface StorySources {
  readonly byKey: ReadonlyMap<string, DigestArticle>;
  /** Independent voices of the story: rewrites count with their originals. */
  readonly voices: number;
}

/** The story's articles by key, and how many independent voices it has. */
export function storySources(story: DigestStory): StorySources {
  return {
    byKey: new Map(story.articles.map((a) => [a.key, a])),
    voices: new Set(story.articles.filter((a) => a.rewriteOf === undefined).map((a) => nameOf(a) ?? a.key))
      .size,
  };
}

/**
 * Who reported one key point: its own source first, then the others whose sentences carry it
 * ("CNN; also reported by Time News and one unnamed source"); a fact only one voice of a
 * many-voiced story reported says so ("only in CNN").
 */
export function keyPointAttribution(point: DigestKeyPoint, { byKey, voices }: StorySources): string {
  const source = byKey.get(point.sourceKey);
  if (!source) return '';
  if (point.voices === 1 && voices > 1) {
    const original = source.rewriteOf === undefined ? source : (byKey.get(source.rewriteOf) ?? source);
    return `only in ${label(original)}`;
  }
  const first = label(source);
  const names = new Set<string>();
  let unnamed = 0;
  for (const key of point.articleKeys) {
    const a = byKey.get(key);
    if (!a || a === source) continue;
    const name = nameOf(a);
    if (name === null) unnamed++;
    else if (name !== first) names.add(name);
  }
  return names.size + unnamed === 0 ? first : `${first}; also reported by ${list([...names], unnamed)}`;
}
