import mjml2html from 'mjml';
import Mustache from 'mustache';
import type { Digest } from '../digest/digest-model.js';
import { MAX_HTML_BYTES, type NewsletterLinks, type NewsletterTemplates } from './newsletter-options.js';
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

/**
 * Renders a digest as an email: MJML templates filled with the digest (every value escaped),
 * compiled at strict validation. If the HTML would exceed Gmail's clipping size, the email shows
 * as many stories as fit and ends with "N more stories" linking to the archive.
 */
export async function renderNewsletter(
  digest: Digest,
  templates: NewsletterTemplates,
  links: NewsletterLinks,
): Promise<RenderedNewsletter> {
  let shown = digest.stories.length;
  let html = await compile(newsletterView(digest, links.archiveUrl, shown), links, templates);
  while (Buffer.byteLength(html) > MAX_HTML_BYTES && shown > 1) {
    // Estimate from the average story size, then step down until it fits.
    const perStory = Buffer.byteLength(html) / shown;
    const over = Buffer.byteLength(html) - MAX_HTML_BYTES;
    shown = Math.max(1, shown - Math.max(1, Math.ceil(over / perStory)));
    html = await compile(newsletterView(digest, links.archiveUrl, shown), links, templates);
  }
  return {
    subject: newsletterView(digest, links.archiveUrl, 0).subject,
    html,
    text: renderText(digest, links),
    storiesShown: shown,
  };
}
