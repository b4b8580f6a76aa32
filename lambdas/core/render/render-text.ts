import wrapAnsi from 'wrap-ansi';
import type { Digest } from '../digest/digest-model.js';
import type { NewsletterLinks } from './newsletter-options.js';
import { newsletterView } from './newsletter-view.js';

const WIDTH = 72;

/** Wraps text to the line width, continuation lines indented by `indent`. */
function wrap(text: string, first: string, indent: string): string {
  return wrapAnsi(text, WIDTH - indent.length, { hard: true, trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? first : indent) + line)
    .join('\n');
}

/**
 * The plain-text part of the newsletter, from the same digest as the HTML: written to be read as
 * text, wrapped at 72 columns, with the sources' addresses spelled out. It shows the first `shown`
 * stories, as the HTML does, and links the rest to the archive.
 */
export function renderText(
  digest: Digest,
  links: NewsletterLinks,
  shown: number = digest.stories.length,
): string {
  const view = newsletterView(digest, links.archiveUrl, shown);
  const out: string[] = ['NEWS DIGEST', view.editionLabel, view.summary, ''];
  view.stories.forEach((story, i) => {
    out.push(wrap(story.headline.toUpperCase(), `${i + 1}. `, ' '.repeat(`${i + 1}. `.length)));
    const rewrites = story.rewrites ? `; ${story.rewrites}` : '';
    out.push(wrap(`Reported by ${story.reportedBy}${rewrites}`, '   ', '   '), '');
    for (const point of story.keyPoints) {
      out.push(wrap(point.by ? `${point.text} (${point.by})` : point.text, '   * ', '     '));
    }
    if (story.hasLinks) {
      out.push('', '   Read it at:');
      for (const link of story.links) out.push(wrap(`${link.label}:`, '   - ', '     '), `     ${link.url}`);
      if (story.moreLinks) out.push(`   - and ${story.moreLinks}`);
    }
    out.push('');
  });
  if (view.more) out.push(`${view.more.label} in the full edition:`, view.more.url, '');
  out.push(
    '--',
    wrap(
      "You receive this email because you subscribed to the News Digest, one email each morning with the day's stories, each fact once with every outlet that reported it.",
      '',
      '',
    ),
    '',
    // Addresses stand on lines of their own: a wrapped URL no longer opens.
    'View this edition in your browser:',
    links.archiveUrl,
    '',
    'Unsubscribe:',
    links.unsubscribeUrl,
  );
  if (links.postalAddress) out.push('', wrap(links.postalAddress, '', ''));
  return `${out.join('\n')}\n`;
}
