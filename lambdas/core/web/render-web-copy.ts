import type { Digest } from '../digest/digest-model.js';
import { compileMjml } from '../render/compile-mjml.js';
import type { NewsletterTemplates } from '../render/newsletter-options.js';
import { newsletterView } from '../render/newsletter-view.js';
import { INDEX_FROM_PAGE } from './web-copy-keys.js';

/**
 * The web copy of an edition: the newsletter's own layout and story partials, with every story
 * (no size budget: a browser does not clip) and each headline at its `#story-<n>` anchor. Its
 * footer is the web one: it links the index of editions and carries no one's unsubscribe link,
 * since every reader of the edition, and anyone they forward it to, sees the same page.
 */
export function renderWebCopy(digest: Digest, templates: NewsletterTemplates): Promise<string> {
  // No story is left out, so the view links nowhere else: its web-copy address is never used.
  const view = newsletterView(digest, '', digest.stories.length);
  return compileMjml(
    templates.layout,
    { ...view, indexUrl: INDEX_FROM_PAGE },
    { ...templates.partials, footer: templates.partials.webFooter },
  );
}
