import mjml2html from 'mjml';
import Mustache from 'mustache';
import type { Digest } from '../digest/digest-model.js';
import {
  MAX_HTML_BYTES,
  MAX_TEXT_BYTES,
  type NewsletterLinks,
  type NewsletterTemplates,
} from './newsletter-options.js';
import { type NewsletterView, newsletterView } from './newsletter-view.js';
import { renderText } from './render-text.js';

/** A rendered edition: subject, HTML and plain-text parts. */
export interface RenderedNewsletter {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** How many stories the HTML shows; the rest are linked to the archive. */
  readonly storiesShown: number;
}

/** Raised when the templates do not compile to valid MJML; keeps the validator's findings as its cause. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

async function compile(
  view: NewsletterView,
  links: NewsletterLinks,
  templates: NewsletterTemplates,
): Promise<string> {
  // Mustache escapes every value it inserts and never evaluates the values themselves, so markup,
  // MJML tags or template syntax in an article reach the email as text.
  const mjml = Mustache.render(templates.layout, { ...view, ...links }, templates.partials);
  try {
    // Whitespace is collapsed (the HTML must stay under Gmail's clipping size); CSS is left as
    // written, its minifier being an optional dependency the Lambda bundle does without.
    const { html } = await mjml2html(mjml, {
      validationLevel: 'strict',
      keepComments: false,
      minify: true,
      minifyOptions: { minifyCss: false },
    } as Parameters<typeof mjml2html>[1]);
    return html;
  } catch (cause) {
    throw new TemplateError(`the newsletter templates do not compile: ${(cause as Error).message}`, {
      cause,
    });
  }
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
