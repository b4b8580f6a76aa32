import type { Digest, DigestKeyPoint, DigestStory } from '../digest/digest-model.js';

/** Who reported a key point, for a reader: named outlets, plus a count of sources without a known outlet. */
export function attribution(story: DigestStory, point: DigestKeyPoint): string {
  const unnamed = story.articles.filter((a) => a.outlet === null && point.articleKeys.includes(a.key)).length;
  const names = [...point.outlets];
  if (unnamed > 0) names.push(`${unnamed} ${names.length > 0 ? 'more ' : ''}source${unnamed > 1 ? 's' : ''}`);
  return names.join(', ');
}

/** The distinct named outlets of a story's articles. */
export function storyOutlets(story: DigestStory): string[] {
  return [...new Set(story.articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
}

/** Renders a digest as a plain-text newsletter, written to be read as text. */
export function renderText(digest: Digest): string {
  const lines: string[] = [`NEWS DIGEST, ${digest.edition}`, ''];
  digest.stories.forEach((story, i) => {
    lines.push(`${i + 1}. ${story.headline}`);
    lines.push(
      `   Reported by ${attribution(story, { text: '', outlets: storyOutlets(story), articleKeys: story.articles.map((a) => a.key) })}`,
    );
    for (const point of story.keyPoints) {
      const by =
        point.articleKeys.length > 1 || point.outlets.length > 0 ? ` (${attribution(story, point)})` : '';
      lines.push(`   - ${point.text}${by}`);
    }
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
