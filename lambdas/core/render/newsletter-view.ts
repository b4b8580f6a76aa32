import type { Digest, DigestStory } from '../digest/digest-model.js';
import { attribution, storyOutlets } from './attribution.js';
import { editionLabel, singleLine, subjectLine, truncate } from './subject-line.js';

/** A link to a source article, only ever http(s). */
export interface SourceLink {
  readonly label: string;
  readonly url: string;
}

/** What the templates show of one story. */
export interface StoryView {
  readonly first: boolean;
  readonly headline: string;
  readonly reportedBy: string;
  readonly keyPoints: readonly { readonly text: string; readonly by: string }[];
  readonly links: readonly (SourceLink & { readonly last: boolean })[];
  readonly hasLinks: boolean;
}

/** What the templates show of an edition. */
export interface NewsletterView {
  readonly subject: string;
  readonly preheader: string;
  readonly editionLabel: string;
  readonly summary: string;
  readonly stories: readonly StoryView[];
  readonly more: { readonly label: string; readonly url: string } | null;
}

/** The URL if it is an absolute http(s) URL, else null: other schemes (javascript:, data:) are never linked. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function sourceLinks(story: DigestStory): SourceLink[] {
  const seen = new Set<string>();
  const links: SourceLink[] = [];
  for (const article of story.articles) {
    const url = safeUrl(article.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    links.push({ label: singleLine(article.outlet ?? new URL(url).hostname.replace(/^www\./u, '')), url });
  }
  return links;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many sources an edition draws on: named outlets, plus articles whose outlet is unknown. */
export function sourceCount(stories: readonly DigestStory[]): number {
  const named = new Set(stories.flatMap((s) => storyOutlets(s)));
  const unnamed = stories.flatMap((s) => s.articles).filter((a) => a.outlet === null).length;
  return named.size + unnamed;
}

function storyView(story: DigestStory, index: number): StoryView {
  const links = sourceLinks(story);
  return {
    first: index === 0,
    headline: singleLine(story.headline),
    reportedBy: attribution(
      story,
      story.articles.map((a) => a.key),
    ),
    keyPoints: story.keyPoints.map((p) => ({
      text: singleLine(p.text),
      by: p.articleKeys.length > 1 || p.outlets.length > 0 ? attribution(story, p.articleKeys) : '',
    })),
    links: links.map((l, i) => ({ ...l, last: i === links.length - 1 })),
    hasLinks: links.length > 0,
  };
}

/** The view of a digest, showing its first `shown` stories and linking the rest to the archive. */
export function newsletterView(
  digest: Digest,
  archiveUrl: string,
  shown: number = digest.stories.length,
): NewsletterView {
  const stories = digest.stories.slice(0, shown);
  const hidden = digest.stories.length - stories.length;
  const top = digest.stories[0];
  const summary =
    digest.stories.length === 0
      ? 'No new stories today.'
      : `${plural(digest.stories.length, 'story', 'stories')} from ${plural(sourceCount(digest.stories), 'source', 'sources')}`;
  return {
    subject: subjectLine(digest),
    preheader: truncate(singleLine(top?.keyPoints[0]?.text ?? summary), 140),
    editionLabel: editionLabel(digest.edition),
    summary,
    stories: stories.map(storyView),
    more: hidden > 0 ? { label: plural(hidden, 'more story', 'more stories'), url: archiveUrl } : null,
  };
}
