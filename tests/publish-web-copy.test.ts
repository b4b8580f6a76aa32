import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  type Digest,
  type PutOptions,
  publishWebCopy,
  WEB_CACHE_CONTROL,
} from '../lambdas/core/index.js';
import { MemoryStore } from '../scripts/lib/memory-store.js';
import { longDigest, TEMPLATES } from './helpers-render.js';
import { seedArticles } from './seed-articles.js';

/** A memory store that remembers the options of each write. */
class RecordingStore extends MemoryStore {
  readonly options = new Map<string, PutOptions>();
  override put(key: string, body: string | Uint8Array, options: PutOptions = {}) {
    this.options.set(key, options);
    return super.put(key, body, options);
  }
  async text(key: string): Promise<string> {
    const object = await this.get(key);
    return object === null ? '' : new TextDecoder().decode(object.body);
  }
}

const warnings: string[] = [];
const log = { info: () => undefined, warn: (m: string) => void warnings.push(m), error: () => undefined };
const seeds = (edition: string): Digest => buildDigest(edition, seedArticles(), []);
const indexLinks = async (store: RecordingStore) =>
  [...parseHTML(await store.text('index.html')).document.querySelectorAll('h2 a')].map((a) =>
    a.getAttribute('href'),
  );

describe('publishWebCopy', () => {
  it('writes the page, its summary and the index, each with its content type and Cache-Control', async () => {
    // Prepare
    const store = new RecordingStore();

    // Act
    const report = await publishWebCopy({ store, log }, TEMPLATES, longDigest());

    // Assess
    const edition = longDigest().edition;
    expect(report).toEqual({ key: `editions/${edition}.html`, editions: 1 });
    expect(store.keys()).toEqual([`editions/${edition}.html`, `editions/${edition}.json`, 'index.html']);
    expect(store.options.get(`editions/${edition}.html`)).toEqual({
      contentType: 'text/html; charset=utf-8',
      cacheControl: WEB_CACHE_CONTROL.page,
    });
    expect(store.options.get('index.html')).toEqual({
      contentType: 'text/html; charset=utf-8',
      cacheControl: WEB_CACHE_CONTROL.index,
    });
    const page = parseHTML(await store.text(`editions/${edition}.html`)).document;
    expect(page.querySelectorAll('h2')).toHaveLength(75);
  });

  it('rebuilds the index from every edition in the store, newest first, each once however often it is sent', async () => {
    // Prepare
    const store = new RecordingStore();
    await publishWebCopy({ store, log }, TEMPLATES, seeds('2024-05-16'));
    await publishWebCopy({ store, log }, TEMPLATES, seeds('2024-05-18'));

    // Act: a retry of an older edition publishes again.
    const report = await publishWebCopy({ store, log }, TEMPLATES, seeds('2024-05-16'));

    // Assess
    expect(report?.editions).toBe(2);
    expect(await indexLinks(store)).toEqual(['editions/2024-05-18.html', 'editions/2024-05-16.html']);
  });

  it('leaves out of the index a summary it cannot read, with a warning, and publishes the rest', async () => {
    // Prepare
    const store = new RecordingStore();
    store.seed('editions/2024-05-14.json', 'not json');
    // A summary whose content names another edition than its key would link the wrong page.
    store.seed(
      'editions/2024-05-15.json',
      JSON.stringify({ edition: '2024-05-01', stories: 1, headlines: [] }),
    );
    warnings.length = 0;

    // Act
    await publishWebCopy({ store, log }, TEMPLATES, seeds('2024-05-16'));

    // Assess
    expect(await indexLinks(store)).toEqual(['editions/2024-05-16.html']);
    expect(warnings).toEqual([
      'edition summary unreadable; left out of the index',
      'edition summary unreadable; left out of the index',
    ]);
  });

  it('publishes nothing for an edition without stories', async () => {
    // Prepare
    const store = new RecordingStore();

    // Act
    const report = await publishWebCopy({ store, log }, TEMPLATES, {
      edition: '2024-05-16',
      stories: [],
      rejected: [],
    });

    // Assess
    expect(report).toBeNull();
    expect(store.keys()).toEqual([]);
  });
});
