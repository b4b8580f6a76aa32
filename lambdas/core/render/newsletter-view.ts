import type { Digest, DigestStory } from '../digest/digest-model.js';
import { MAX_OUTLET_CHARS, MAX_SENTENCE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../limits.js';
import { attribution, keyPointAttribution, rewritesNote, storyOutlets, storySources } from './attribution.js';
import { MAX_KEY_POINTS_SHOWN, MAX_LINKS_SHOWN } from './newsletter-options.js';
import { editionLabel, singleLine, subjectLine, truncate } from './subject-line.js';

/** The longest edition label: a date as readers say it ("Wednesday 17 September 2025") is 27. */
const MAX_LABEL_CHARS = 40;

/** A link to a source article, only ever http(s). */
export interface SourceLink {
  readonly label: string;
  readonly url: string;
}

/** What the templates show of one story. */
export interface StoryView {
  readonly first: boolean;
  /** The id of the story's headline, which links can name as a fragment (`#story-3`). */
  readonly anchor: string;
  readonly headline: string;
  readonly reportedBy: string;
  /** Which reports restate others, or empty. */
  readonly rewrites: string;
  readonly keyPoints: readonly { readonly text: string; readonly by: string }[];
  readonly links: readonly (SourceLink & { readonly last: boolean })[];
  readonly hasLinks: boolean;
  /** How many links are left out ("12 more"), or empty when all are shown. */
  readonly moreLinks: string;
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

/** The story's distinct http(s) source links; an address too long to be real is not linked. */
function sourceLinks(story: DigestStory): SourceLink[] {
  const seen = new Set<string>();
  const links: SourceLink[] = [];
  for (const article of story.articles) {
    const url = safeUrl(article.url);
    if (!url || url.length > MAX_URL_CHARS || seen.has(url)) continue;
    seen.add(url);
    const name = article.outlet ?? new URL(url).hostname.replace(/^www\./u, '');
    links.push({ label: truncate(singleLine(name), MAX_OUTLET_CHARS), url });
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

/**
 * The id of the story at `index` (from 0) in every rendering of the edition, counted from 1 as a
 * reader counts: the email's "N more stories" links the web copy at the first story it left out.
 */
export const storyAnchor = (index: number): string => `story-${index + 1}`;

/** What a story shows, every part capped: however many articles and however long their text. */
function storyView(story: DigestStory, index: number): StoryView {
  const all = sourceLinks(story);
  const sources = storySources(story);
  const links = all.slice(0, MAX_LINKS_SHOWN);
  return {
    first: index === 0,
    anchor: storyAnchor(index),
    headline: truncate(singleLine(story.headline), MAX_TITLE_CHARS),
    reportedBy: attribution(story),
    rewrites: rewritesNote(story),
    keyPoints: story.keyPoints.slice(0, MAX_KEY_POINTS_SHOWN).map((p) => ({
      text: truncate(singleLine(p.text), MAX_SENTENCE_CHARS),
      by: keyPointAttribution(p, sources),
    })),
    links: links.map((l, i) => ({ ...l, last: i === links.length - 1 })),
    hasLinks: links.length > 0,
    moreLinks: all.length > links.length ? `${all.length - links.length} more` : '',
  };
}

/**
 * The view of a digest, showing its first `shown` stories and linking the rest to the web copy,
 * at the first story left out.
 */
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
    editionLabel: truncate(singleLine(editionLabel(digest.edition)), MAX_LABEL_CHARS),
    summary,
    stories: stories.map(storyView),
    more:
      hidden > 0
        ? { label: plural(hidden, 'more story', 'more stories'), url: `${archiveUrl}#${storyAnchor(shown)}` }
        : null,
  };
}
