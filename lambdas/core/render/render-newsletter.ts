import type { Digest } from '../digest/digest-model.js';
import { compileMjml } from './compile-mjml.js';
import {
  MAX_HTML_BYTES,
  MAX_TEXT_BYTES,
  type NewsletterLinks,
  type NewsletterTemplates,
} from './newsletter-options.js';
import { type NewsletterView, newsletterView } from './newsletter-view.js';
import { renderText } from './render-text.js';

export { TemplateError } from './compile-mjml.js';

/** A rendered edition: subject, HTML and plain-text parts. */
export interface RenderedNewsletter {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** How many stories the HTML shows; the rest are linked to the archive. */
  readonly storiesShown: number;
}

async function compile(
  view: NewsletterView,
  links: NewsletterLinks,
  templates: NewsletterTemplates,
): Promise<string> {
  return compileMjml(templates.layout, { ...view, ...links }, templates.partials);
}

/** How many stories to drop so that a part of `bytes` showing `shown` stories fits in `max`. */
function storiesOver(bytes: number, max: number, shown: number): number {
  if (bytes <= max) return 0;
  // Estimate from the average story size; the caller steps down again if it still does not fit.
  return Math.max(1, Math.ceil((bytes - max) / (bytes / shown)));
}

/**
 * Renders a digest as an email: MJML templates filled with the digest (every value escaped),
 * compiled at strict validation. If the HTML would exceed Gmail's clipping size (or the text part
 * its own bound), the email shows as many stories as fit, in both parts, and ends with "N more
 * stories" linking to the archive. Every story's parts are capped, so this holds whatever the
 * digest holds; a single story too large to fit is linked to the archive too.
 */
export async function renderNewsletter(
  digest: Digest,
  templates: NewsletterTemplates,
  links: NewsletterLinks,
): Promise<RenderedNewsletter> {
  let shown = digest.stories.length;
  for (;;) {
    const html = await compile(newsletterView(digest, links.archiveUrl, shown), links, templates);
    const text = renderText(digest, links, shown);
    const drop = Math.max(
      storiesOver(Buffer.byteLength(html), MAX_HTML_BYTES, shown),
      storiesOver(Buffer.byteLength(text), MAX_TEXT_BYTES, shown),
    );
    if (drop === 0 || shown === 0) {
      return {
        subject: newsletterView(digest, links.archiveUrl, 0).subject,
        html,
        text,
        storiesShown: shown,
      };
    }
    shown = Math.max(0, shown - drop);
  }
}
