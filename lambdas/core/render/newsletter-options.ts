/** The templates of the newsletter and its web copy: the MJML layouts and their partials, as text. */
export interface NewsletterTemplates {
  /** The edition: the email, and its web copy with `webFooter` in place of `footer`. */
  readonly layout: string;
  /** The web copies' index page, listing every edition. */
  readonly webIndex: string;
  readonly partials: Readonly<Record<'head' | 'header' | 'story' | 'more' | 'footer' | 'webFooter', string>>;
}

/** Where the newsletter's links lead; given by the caller (deployment settings, or placeholders locally). */
export interface NewsletterLinks {
  /** The one-click unsubscribe page for the reader. */
  readonly unsubscribeUrl: string;
  /** The web copy of this edition ("view in browser"). */
  readonly archiveUrl: string;
  /**
   * The sender's postal address, shown in the footer (CAN-SPAM asks for one in every commercial
   * message); a deployment always gives one (`postalAddressProblem` checks it), local previews may not.
   */
  readonly postalAddress?: string;
}

/** The largest HTML body, in bytes, before Gmail clips a message (102 KB), with room to spare. */
export const MAX_HTML_BYTES = 100 * 1024;

/**
 * The largest plain-text part, in bytes. No client clips it, but it shows the same stories as the
 * HTML and is held to the same size, so the email stays bounded whatever the digest holds.
 */
export const MAX_TEXT_BYTES = MAX_HTML_BYTES;

/** Source links listed per story; the rest are counted ("and 12 more"). */
export const MAX_LINKS_SHOWN = 10;

/** Outlets named in one attribution; the rest are counted ("3 more sources"). */
export const MAX_NAMED_SOURCES = 8;

/** Key points shown per story: as many as a story is given (`MAX_STORY_KEY_POINTS`). */
export const MAX_KEY_POINTS_SHOWN = 7;
