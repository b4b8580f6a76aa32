import type { DigestStory } from '../digest/digest-model.js';
import { MAX_OUTLET_CHARS } from '../limits.js';
import { MAX_NAMED_SOURCES } from './newsletter-options.js';
import { singleLine, truncate } from './subject-line.js';

/** The distinct named outlets of a story's articles. */
export function storyOutlets(story: DigestStory): string[] {
  return [...new Set(story.articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
}

/**
 * Who reported something, for a reader: the named outlets of the given articles (the first
 * {@link MAX_NAMED_SOURCES}), plus a count of the others and of those whose outlet is unknown
 * ("Time News, CNN, 2 more sources").
 */
export function attribution(story: DigestStory, articleKeys: readonly string[]): string {
  const keys = new Set(articleKeys);
  const articles = story.articles.filter((a) => keys.has(a.key));
  const all = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
  const names = all.slice(0, MAX_NAMED_SOURCES).map((name) => truncate(singleLine(name), MAX_OUTLET_CHARS));
  const others = all.length - names.length + articles.filter((a) => a.outlet === null).length;
  if (others > 0) {
    const more = names.length > 0 ? 'more ' : '';
    names.push(`${others} ${more}${others === 1 ? 'source' : 'sources'}`);
  }
  return names.join(', ');
}
