import pLimit from 'p-limit';
import type { Digest } from '../digest/digest-model.js';
import type { Log, ObjectStore } from '../ports.js';
import type { NewsletterTemplates } from '../render/newsletter-options.js';
import { renderWebCopy } from './render-web-copy.js';
import {
  editionOfSummaryKey,
  WEB_CACHE_CONTROL,
  WEB_EDITIONS,
  WEB_INDEX_KEY,
  webPageKey,
  webSummaryKey,
} from './web-copy-keys.js';
import { type EditionSummary, editionSummary, parseSummary, renderWebIndex } from './web-index.js';

/** What publishing an edition's web copy wrote. */
export interface WebCopyReport {
  /** The key of the edition's page in the web-copy store. */
  readonly key: string;
  /** How many editions the rebuilt index lists. */
  readonly editions: number;
}

const HTML = 'text/html; charset=utf-8';
/** Summaries read at once while the index is rebuilt. */
const READ_CONCURRENCY = 16;
const decoder = new TextDecoder();

/**
 * Publishes an edition's web copy in the web-copy store (`web-copy-keys.ts` has its layout): the
 * page with every story, its summary, then the index of editions rebuilt from every summary the
 * store lists. It runs before any message goes out, since every message links the page; a retry
 * writes the same page again and rebuilds the index, so it can run any number of times. An
 * edition without stories is not published (no message links it).
 */
export async function publishWebCopy(
  ports: { readonly store: ObjectStore; readonly log: Log },
  templates: NewsletterTemplates,
  digest: Digest,
): Promise<WebCopyReport | null> {
  const { store, log } = ports;
  const { edition } = digest;
  if (digest.stories.length === 0) {
    log.info('edition has no stories; no web copy published', { edition });
    return null;
  }
  const key = webPageKey(edition);
  await store.put(key, await renderWebCopy(digest, templates), {
    contentType: HTML,
    cacheControl: WEB_CACHE_CONTROL.page,
  });
  await store.put(webSummaryKey(edition), JSON.stringify(editionSummary(digest)), {
    contentType: 'application/json',
    cacheControl: WEB_CACHE_CONTROL.summary,
  });
  const summaries = await readSummaries(store, log);
  await store.put(WEB_INDEX_KEY, await renderWebIndex(summaries, templates), {
    contentType: HTML,
    cacheControl: WEB_CACHE_CONTROL.index,
  });
  log.info('web copy published', { edition, key, editions: summaries.length });
  return { key, editions: summaries.length };
}

/** Every edition's summary in the store; one that cannot be read is left out of the index, with a warning. */
async function readSummaries(store: ObjectStore, log: Log): Promise<EditionSummary[]> {
  const editions: string[] = [];
  for await (const object of store.list(WEB_EDITIONS)) {
    const edition = editionOfSummaryKey(object.key);
    if (edition !== null) editions.push(edition);
  }
  const limit = pLimit(READ_CONCURRENCY);
  const read = await Promise.all(
    editions.map((edition) =>
      limit(async () => {
        const object = await store.get(webSummaryKey(edition));
        const summary = object === null ? null : parseSummary(decoder.decode(object.body));
        // The file's own edition must be the one its key names, or the index would link elsewhere.
        if (summary?.edition === edition) return summary;
        log.warn('edition summary unreadable; left out of the index', { edition });
        return null;
      }),
    ),
  );
  return read.filter((summary): summary is EditionSummary => summary !== null);
}
