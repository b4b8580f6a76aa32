import type { DigestStory } from '../digest/digest-model.js';

/** The distinct named outlets of a story's articles. */
export function storyOutlets(story: DigestStory): string[] {
  return [...new Set(story.articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
}

/**
 * Who reported something, for a reader: the named outlets of the given articles, plus a count
 * of those whose outlet is unknown ("Time News, CNN, 2 more sources").
 */
export function attribution(story: DigestStory, articleKeys: readonly string[]): string {
  const articles = story.articles.filter((a) => articleKeys.includes(a.key));
  const names = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
  const unnamed = articles.filter((a) => a.outlet === null).length;
  if (unnamed > 0) {
    const more = names.length > 0 ? 'more ' : '';
    names.push(`${unnamed} ${more}${unnamed === 1 ? 'source' : 'sources'}`);
  }
  return names.join(', ');
}
