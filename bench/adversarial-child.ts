/**
 * The hostile files of `scripts/lib/adversarial-inputs.ts` through the production extraction path:
 * `--runs N`. Each file is read once untimed, then N times timed, by the real `WorkerExtractor`
 * (its worker thread, deadline and heap limit), one file at a time as the ingest function reads
 * them. Run bundled, with `extract-worker.mjs` bundled beside it, as in the ingest function, so the
 * thread runs the same bundled code without tsx. A time is the whole `extract` call: the bytes
 * posted to the thread, read there, and the result posted back; after a file that overran the
 * deadline or the heap, the next read also starts a new thread, as it would in the function.
 * Emits `AdversarialSample[]`.
 */
import { parseArgs } from 'node:util';
import { WorkerExtractor } from '../lambdas/adapters/worker-extractor.js';
import { DEFAULT_MAX_BYTES } from '../lambdas/core/limits.js';
import { adversarialInputs } from '../scripts/lib/adversarial-inputs.js';
import type { AdversarialSample } from './adversarial-figures.js';
import { outcomeOf } from './adversarial-figures.js';
import { emit } from './child-io.js';
import { round } from './stats.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs >= 1)) throw new Error(`--runs: ${values.runs}`);
const options = { maxBytes: DEFAULT_MAX_BYTES };
const extractor = new WorkerExtractor();
const samples: AdversarialSample[] = [];
try {
  for (const input of adversarialInputs()) {
    await extractor.extract(input, options);
    const outcomes: string[] = [];
    const timesMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const result = await extractor.extract(input, options);
      timesMs.push(round(performance.now() - start));
      outcomes.push(outcomeOf(result));
    }
    samples.push({ name: input.name, bytes: input.bytes.byteLength, outcomes, timesMs });
    process.stderr.write(`adversarial: ${input.name}: ${timesMs.join(', ')} ms\n`);
  }
} finally {
  await extractor.close();
}
emit(samples);
