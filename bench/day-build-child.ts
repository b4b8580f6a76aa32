/**
 * The send-time build of one day's records, as the newsletter function makes it: `--records
 * <folder> --max-articles N`. Run bundled, in a process limited like the function (see
 * `limited-run.ts`), so its memory is the function's and not tsx's. The records are read from the
 * folder on demand, as from S3; the edition is built once through `openEdition` and stored, then
 * rendered once, as the function does before mailing. Emits `DayBuildFigures`.
 */

import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { loadTemplates } from '../lambdas/adapters/template-files.js';
import { snapshotKey } from '../lambdas/core/edition/edition-snapshot.js';
import { openEdition, renderNewsletter } from '../lambdas/core/index.js';
import { emit } from './child-io.js';
import { FolderStore } from './folder-store.js';
import { peakMiB, startPeakWindow } from './peak-memory.js';
import { round } from './stats.js';

const { values } = parseArgs({
  options: { records: { type: 'string' }, 'max-articles': { type: 'string' } },
});
if (!values.records || !values['max-articles']) throw new Error('usage: --records <folder> --max-articles N');
const quiet = { info() {}, warn() {}, error() {} };
const edition = '2024-05-16';
const store = await FolderStore.open(values.records);
// The function loads its templates at module scope, so they are resident before the build.
const templates = loadTemplates('templates');
const links = { unsubscribeUrl: 'https://example.com/u?r=reader', archiveUrl: 'https://example.com/a.html' };

const window = startPeakWindow();
const start = performance.now();
const snapshot = await openEdition(store, quiet, {
  edition,
  now: new Date(),
  maxArticles: Number(values['max-articles']),
  dryRun: false,
});
const buildMs = performance.now() - start;
const buildPeak = peakMiB(window.method);
const rendered = performance.now();
await renderNewsletter(snapshot.digest, templates, links);
const renderMs = performance.now() - rendered;

emit({
  taken: snapshot.records.length,
  deferred: snapshot.deferred,
  stories: snapshot.digest.stories.length,
  buildMs: round(buildMs),
  rssStartMiB: round(window.rssStartMiB),
  buildPeakMiB: round(buildPeak),
  renderMs: round(renderMs),
  peakWithRenderMiB: round(peakMiB(window.method)),
  peakMethod: window.method,
  heapLimitMiB: round(getHeapStatistics().heap_size_limit / 2 ** 20),
  snapshotBytes: (await store.get(snapshotKey(edition)))?.body.byteLength ?? 0,
});
