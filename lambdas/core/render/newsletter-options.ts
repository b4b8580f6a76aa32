/** The templates of the newsletter: the MJML layout and its partials, as text. */
export interface NewsletterTemplates {
  readonly layout: string;
  readonly partials: Readonly<Record<'header' | 'story' | 'more' | 'footer', string>>;
}

/** Where the newsletter's links lead; given by the caller (deployment settings, or placeholders locally). */
export interface NewsletterLinks {
  /** The one-click unsubscribe page for the reader. */
  readonly unsubscribeUrl: string;
  /** The web copy of this edition ("view in browser"). */
  readonly archiveUrl: string;
}

/** The largest HTML body, in bytes, before Gmail clips a message (102 KB), with room to spare. */
export const MAX_HTML_BYTES = 100 * 1024;
