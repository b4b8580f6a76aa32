/**
 * One size of the scale benchmark, in its own process: `--corpus <file> --size N --mode <mode>`.
 * `index`: the engine's grouping and key-point merging. `all-pairs`: the naive baseline over every
 * pair. `all-pairs-sampled`: the baseline's loop on sampled rows, extrapolated to every pair.
 */
import { parseArgs } from 'node:util';
import { emit } from './child-io.js';
import { readCorpus } from './read-corpus.js';
import { measureAllPairs, measureIndex } from './scale-measure.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, size: { type: 'string' }, mode: { type: 'string' } },
});
const size = Number(values.size);
if (!values.corpus || !Number.isInteger(size) || size < 2) throw new Error('usage: --corpus <file> --size N');
// What the process holds before any article: Node, tsx's compiler and the engine's code.
(globalThis as { gc?: () => void }).gc?.();
const rssIdleMiB = process.memoryUsage().rss / 2 ** 20;
const articles = await readCorpus(values.corpus, size);

if (values.mode === 'index') emit(measureIndex(articles, rssIdleMiB));
else if (values.mode === 'all-pairs') emit(measureAllPairs(articles, false));
else if (values.mode === 'all-pairs-sampled') emit(measureAllPairs(articles, true));
else throw new Error(`unknown mode ${values.mode}`);
