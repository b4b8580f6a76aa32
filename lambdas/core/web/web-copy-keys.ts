/**
 * The layout of the web-copy bucket, which CloudFront serves as it is (a key is a path):
 *
 * - `index.html`: every edition, newest first (also served at `/`);
 * - `editions/<date>.html`: an edition's page, every story, each at `#story-<n>`;
 * - `editions/<date>.json`: what the index shows of that edition, which the index is rebuilt from.
 *
 * Nothing in it names a reader: it holds only what every reader of an edition gets.
 */
export const WEB_EDITIONS = 'editions/';

/** The index of editions, the distribution's default root object. */
export const WEB_INDEX_KEY = 'index.html';

/** An edition's page. */
export const webPageKey = (edition: string): string => `${WEB_EDITIONS}${edition}.html`;

/** What the index shows of an edition. */
export const webSummaryKey = (edition: string): string => `${WEB_EDITIONS}${edition}.json`;

/** The edition a summary key names, or null for any other key. */
export function editionOfSummaryKey(key: string): string | null {
  return /^editions\/(\d{4}-\d{2}-\d{2})\.json$/u.exec(key)?.[1] ?? null;
}

/** From an edition's page to the index: pages link it relatively, so any base URL works. */
export const INDEX_FROM_PAGE = '../index.html';

/** From the index to an edition's page. */
export const pageFromIndex = (edition: string): string => webPageKey(edition);

/**
 * How long browsers and CloudFront keep each object. An edition's page does not change once
 * published (a retry writes the same page), so it is kept a day; the index changes with every
 * edition, so it is kept five minutes and a new edition shows within them.
 */
export const WEB_CACHE_CONTROL = {
  page: 'public, max-age=86400',
  summary: 'public, max-age=86400',
  index: 'public, max-age=300',
} as const;

/** The address of an edition's page under the base URL the web copies are served from. */
export const webPageUrl = (baseUrl: string, edition: string): string =>
  `${baseUrl.replace(/\/+$/u, '')}/${webPageKey(edition)}`;
