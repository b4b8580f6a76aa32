import type { Article } from '../model.js';
import { termSet } from '../text/terms.js';

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** How well a title reads as a headline: a short statement, not a sentence, not shouting, no site name. */
function form(title: string): number {
  const words = wordCount(title);
  let score = 1;
  if (words < 4) score -= 0.5;
  if (words > 16) score -= Math.min(0.6, (words - 16) * 0.05);
  if (/[.!]$/u.test(title)) score -= 0.3;
  if (title === title.toUpperCase() && /\p{L}/u.test(title)) score -= 0.4;
  if (/\s[|–—-]\s\S+$/u.test(title) || /\|/u.test(title)) score -= 0.2;
  if (/\.\.\.$|…$/u.test(title)) score -= 0.5;
  return score;
}

/**
 * The clearest of a story's titles: a headline-shaped title that shares most with the other
 * titles of the story (the one that says what they all report).
 */
export function storyHeadline(articles: readonly Article[]): string {
  const titles = [...new Set(articles.map((a) => a.title))];
  const terms = titles.map((t) => termSet(t, articles[0]?.language));
  let best = titles[0] ?? '';
  let bestScore = Number.NEGATIVE_INFINITY;
  titles.forEach((title, i) => {
    const own = terms[i] ?? new Set<string>();
    let shared = 0;
    terms.forEach((other, j) => {
      if (i === j || own.size === 0) return;
      shared += [...own].filter((t) => other.has(t)).length / own.size;
    });
    const centrality = titles.length > 1 ? shared / (titles.length - 1) : 0;
    const score = form(title) + centrality;
    if (score > bestScore || (score === bestScore && title.localeCompare(best) < 0)) {
      best = title;
      bestScore = score;
    }
  });
  return best;
}
