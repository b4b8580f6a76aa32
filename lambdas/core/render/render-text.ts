import type { Digest } from '../digest/digest-model.js';

/** Renders a digest as a plain-text newsletter, written to be read as text. */
export function renderText(digest: Digest): string {
  const lines: string[] = [`NEWS DIGEST, ${digest.edition}`, ''];
  digest.stories.forEach((story, i) => {
    lines.push(`${i + 1}. ${story.headline}`);
    const outlets = [...new Set(story.articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
    if (outlets.length > 0) lines.push(`   Reported by ${outlets.join(', ')}`);
    for (const point of story.keyPoints) {
      const by = point.outlets.length > 0 ? ` (${point.outlets.join(', ')})` : '';
      lines.push(`   - ${point.text}${by}`);
    }
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
