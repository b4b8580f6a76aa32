/**
 * `npm run bench`: measures ingest, grouping at scale beside an all-pairs baseline, rendering,
 * cold starts, whole days through the real pipeline, hostile files through the extraction thread,
 * and cost on this machine, in one run so that ratios hold on a noisy machine. Writes
 * `bench/results.json` and prints a table. Options: `--data <articles.jsonl>`, `--seeds <dir>`,
 * `--sizes 1000,2000,...`, `--repeats N` (engine runs per size), `--full-pairs-up-to N`, `--rounds
 * N` (cold imports per bundle), `--day-sizes 1000,...`, `--big-day` (a day of 100,000 too),
 * `--day-runs N`, `--adversarial-runs N` (timed reads of each hostile file), `--out <file>`, and
 * `--only <section,...>` (cold-start, ingest, scale, render, day, adversarial) to run some
 * sections alone: their figures replace those in the results file, the rest are kept (and the
 * cost and targets are judged again on the figures the file then holds, which may come from
 * different runs).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NEWSLETTER_MEMORY_MB } from '../infra/newsletter-sender.js';
import { INGEST_BATCH } from '../lambdas/config/env-names.js';
import { DEFAULT_MAX_EDITION_ARTICLES } from '../lambdas/core/limits.js';
import { runAdversarial } from './adversarial-section.js';
import { runChild } from './child-io.js';
import { runColdStart } from './cold-start.js';
import { estimateCosts } from './cost-section.js';
import { runDay } from './day-section.js';
import type { IngestFigures } from './ingest-measure.js';
import { probePipeline } from './pipeline-probes.js';
import { formatReport } from './report.js';
import type { BenchResults, Machine, RenderFigures } from './results.js';
import { runScale } from './scale-section.js';
import { ALL_SECTIONS, parseDaySizes, parseSections } from './sections.js';
import { summarizeTargets } from './summarize-targets.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/ecbplus/articles.jsonl' },
    seeds: { type: 'string', default: 'seeds' },
    sizes: { type: 'string', default: '1000,2000,4000,8000,16000' },
    repeats: { type: 'string', default: '2' },
    'full-pairs-up-to': { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '15' },
    'day-sizes': { type: 'string' },
    'big-day': { type: 'boolean', default: false },
    'day-runs': { type: 'string', default: '3' },
    'adversarial-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((s) => !Number.isInteger(s) || s < 2)) throw new Error(`--sizes: ${values.sizes}`);
if (!(Number(values.repeats) >= 1)) throw new Error(`--repeats: ${values.repeats}`);
const sections = parseSections(values.only);
const daySizes = parseDaySizes(values['day-sizes'], values['big-day']);
const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

const started = performance.now();
const machine: Machine = {
  cpuModel: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${type()} ${release()}`,
  loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
};
// A run of some sections keeps the other sections' figures from the file.
const previous: Partial<BenchResults> =
  sections.size === ALL_SECTIONS.size ? {} : JSON.parse(await readFile(values.out, 'utf8').catch(() => '{}'));
const workDir = await mkdtemp(join(tmpdir(), 'news-digest-bench-'));
const jsonlPath = resolve(values.data);
try {
  let { coldStart, ingest, scale, render, day, daySettings, adversarial, cost, targets } = previous;
  if (sections.has('cold-start')) {
    log('cdk synth and cold imports');
    coldStart = await runColdStart(join(workDir, 'cdk.out'), Number(values.rounds));
  }
  if (sections.has('ingest')) {
    log('ingest over the seeds and the JSONL, and batches through the pipeline');
    ingest = {
      seeds: await runChild<IngestFigures>('ingest-child.ts', ['--folder', resolve(values.seeds)]),
      jsonl: await runChild<IngestFigures>('ingest-child.ts', ['--jsonl', jsonlPath]),
      pipeline: await probePipeline(jsonlPath, INGEST_BATCH.size),
    };
  }
  if (sections.has('scale')) {
    const options = { jsonl: jsonlPath, sizes, repeats: Number(values.repeats), workDir, log };
    scale = await runScale({ ...options, fullPairsUpTo: Number(values['full-pairs-up-to']) });
  }
  if (sections.has('render')) {
    log('rendering');
    render = await runChild<RenderFigures>('render-child.ts', []);
  }
  if (sections.has('day')) {
    const measured = await runDay({
      jsonl: jsonlPath,
      sizes: daySizes,
      runs: Number(values['day-runs']),
      batchSize: INGEST_BATCH.size,
      memoryMb: NEWSLETTER_MEMORY_MB,
      maxArticles: DEFAULT_MAX_EDITION_ARTICLES,
      workDir,
      log,
    });
    day = measured.day;
    daySettings = { ...measured.settings, generatedAt: new Date().toISOString(), machine };
  }
  if (sections.has('adversarial'))
    adversarial = await runAdversarial({ runs: Number(values['adversarial-runs']), workDir, machine, log });
  // Judged again whenever their figures are all in the file (some may come from an earlier run).
  if (ingest?.pipeline && render && coldStart && day)
    cost = estimateCosts(ingest.pipeline, day, render, coldStart.functions);
  if (ingest && scale && render && coldStart) targets = summarizeTargets(ingest, scale, render, coldStart);
  const results = {
    ...previous,
    generatedAt: new Date().toISOString(),
    durationS: Math.round((performance.now() - started) / 1000),
    machine,
    inputs: { jsonl: values.data, seeds: values.seeds, sizes },
    ...{ ingest, scale, render, coldStart, day, daySettings, adversarial, cost, targets },
  } as BenchResults;
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatReport(results, sections));
  console.log(
    `\n${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(' ')} at start; ${results.durationS} s; raw figures in ${values.out}`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
