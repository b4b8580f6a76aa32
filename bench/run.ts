/**
 * `npm run bench`: measures ingest, grouping at scale beside an all-pairs baseline, rendering,
 * cold starts and cost on this machine, in one run so that ratios hold on a noisy machine. Writes
 * `bench/results.json` and prints a table. Options: `--data <articles.jsonl>`, `--seeds <dir>`,
 * `--sizes 1000,2000,...`, `--repeats N` (engine runs per size), `--full-pairs-up-to N`,
 * `--rounds N` (cold imports per bundle), `--out <file>`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runChild } from './child-io.js';
import { runColdStart } from './cold-start.js';
import { estimateCosts } from './cost-section.js';
import type { IngestFigures } from './ingest-measure.js';
import { formatReport } from './report.js';
import type { BenchResults, RenderFigures } from './results.js';
import { runScale } from './scale-section.js';
import { evaluateTargets } from './targets.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/ecbplus/articles.jsonl' },
    seeds: { type: 'string', default: 'seeds' },
    sizes: { type: 'string', default: '1000,2000,4000,8000,16000' },
    repeats: { type: 'string', default: '2' },
    'full-pairs-up-to': { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '15' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((s) => !Number.isInteger(s) || s < 2)) throw new Error(`--sizes: ${values.sizes}`);
if (!(Number(values.repeats) >= 1)) throw new Error(`--repeats: ${values.repeats}`);
const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

const started = performance.now();
const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);
const workDir = await mkdtemp(join(tmpdir(), 'news-digest-bench-'));
try {
  // Synth first: the functions' settings (the ingest batch size) shape the pipeline probes.
  log('cdk synth and cold imports');
  const coldStart = await runColdStart(join(workDir, 'cdk.out'), Number(values.rounds));
  log('ingest over the seeds and the JSONL');
  const seeds = await runChild<IngestFigures>('ingest-child.ts', ['--folder', resolve(values.seeds)]);
  const jsonl = await runChild<IngestFigures>('ingest-child.ts', ['--jsonl', resolve(values.data)]);
  const scale = await runScale({
    jsonl: resolve(values.data),
    sizes,
    repeats: Number(values.repeats),
    fullPairsUpTo: Number(values['full-pairs-up-to']),
    workDir,
    batchSize: coldStart.functions.ingest.batchSize ?? 10,
    log,
  });
  log('rendering');
  const render = await runChild<RenderFigures>('render-child.ts', []);
  const cost = estimateCosts(jsonl, scale, render, coldStart.functions);
  const at16k = scale.index.find((f) => f.size === 16_000);
  const ingestBundle = coldStart.bundles.find((b) => b.name === 'ingest');
  const targets = evaluateTargets({
    ingestPerSecond: jsonl.articlesPerSecond,
    scale16kMs: at16k?.totalMs ?? Number.NaN,
    worstDoubling: Math.max(...scale.growth.map((g) => g.perDoubling)),
    speedup16k: scale.speedup.find((s) => s.size === 16_000)?.ratio ?? Number.NaN,
    ingestBundleBytes: ingestBundle?.mjsBytes ?? Number.NaN,
    ingestImportRatio:
      (coldStart.imports.ingest?.medianMs ?? Number.NaN) / (coldStart.imports.bare?.medianMs ?? Number.NaN),
    renderMs: render.medianMs,
  });
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    durationS: Math.round((performance.now() - started) / 1000),
    machine: {
      cpuModel: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${type()} ${release()}`,
      loadAverage,
    },
    inputs: { jsonl: values.data, seeds: values.seeds, sizes },
    ingest: { seeds, jsonl },
    scale,
    render,
    coldStart,
    cost,
    targets,
  };
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatReport(results));
  console.log(
    `\n${results.machine.cpuModel}, ${results.machine.cores} cores, Node ${results.machine.node}, load ${loadAverage.join(' ')} at start; ${results.durationS} s; raw figures in ${values.out}`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
