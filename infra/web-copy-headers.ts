/**
 * The security headers every web copy is served with, on CloudFront and by the local server alike.
 * The pages are the newsletter's MJML output: inline styles, no script, no image, no font or frame,
 * links out to the outlets. The policy allows exactly that.
 */
export const WEB_COPY_CSP = [
  "default-src 'none'",
  // MJML writes its layout as <style> blocks and style attributes.
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** How long browsers keep to HTTPS once they have seen a web copy: two years. */
export const HSTS_SECONDS = 2 * 365 * 24 * 60 * 60;

/** The other headers, as they are sent. */
export const WEB_COPY_HEADERS = {
  'Content-Security-Policy': WEB_COPY_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // The outlets linked learn that a reader came from the digest, not from which edition.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;
