import * as z from 'zod/mini';
import type { Digest } from '../digest/digest-model.js';
import { MAX_TITLE_CHARS } from '../limits.js';
import { compileMjml } from '../render/compile-mjml.js';
import type { NewsletterTemplates } from '../render/newsletter-options.js';
import { editionLabel, singleLine, truncate } from '../render/subject-line.js';
import { pageFromIndex } from './web-copy-keys.js';

/** Headlines the index shows of each edition. */
export const INDEX_HEADLINES = 3;

/** What the index shows of one edition, stored beside its page as `editions/<date>.json`. */
export interface EditionSummary {
  readonly edition: string;
  readonly stories: number;
  /** Its first headlines, in the edition's order. */
  readonly headlines: readonly string[];
}

const Summary = z.object({
  edition: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u)),
  stories: z.number().check(z.int(), z.nonnegative()),
  headlines: z.array(z.string().check(z.maxLength(MAX_TITLE_CHARS))).check(z.maxLength(INDEX_HEADLINES)),
});

/** The summary of an edition, its headlines on one line and capped as the newsletter shows them. */
export function editionSummary(digest: Digest): EditionSummary {
  return {
    edition: digest.edition,
    stories: digest.stories.length,
    headlines: digest.stories
      .slice(0, INDEX_HEADLINES)
      .map((story) => truncate(singleLine(story.headline), MAX_TITLE_CHARS)),
  };
}

/** A stored summary read back; null when it is not one (it is then left out of the index). */
export function parseSummary(text: string): EditionSummary | null {
  try {
    const result = Summary.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The index page: every edition given, newest first, each with its date (linking its page), how
 * many stories it has and its first headlines; in the newsletter's look (same head and header).
 */
export function renderWebIndex(
  summaries: readonly EditionSummary[],
  templates: NewsletterTemplates,
): Promise<string> {
  const newestFirst = [...summaries].sort((a, b) => b.edition.localeCompare(a.edition));
  const view = {
    subject: 'News Digest: every edition',
    preheader: '',
    editionLabel: 'Every edition',
    summary:
      newestFirst.length === 0
        ? 'No edition yet'
        : `${count(newestFirst.length, 'edition', 'editions')}, newest first`,
    editions: newestFirst.map((summary, i) => ({
      first: i === 0,
      edition: summary.edition,
      label: editionLabel(summary.edition),
      url: pageFromIndex(summary.edition),
      stories: count(summary.stories, 'story', 'stories'),
      headlines: summary.headlines,
    })),
    // The index is where "every edition" leads: it does not link itself.
    indexUrl: '',
  };
  return compileMjml(templates.webIndex, view, templates.partials);
}
