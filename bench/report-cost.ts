import type { CostEstimate } from './cost-model.js';
import type { CostSection } from './cost-section.js';
import { n0, n1, usd } from './report-format.js';
import type { BenchResults } from './results.js';
import { formatTable } from './text-table.js';

/** The cost scenarios side by side. */
export function costTable(cost: CostSection): string {
  const rows: [string, CostEstimate][] = [
    [`ingest ${n0(cost.assumptions.articles as number)}, grouped once`, cost.ingestGroupedOnce],
    [`ingest ${n0(cost.assumptions.articles as number)}, as pipeline runs`, cost.ingestAsHandlerRuns],
    [`send to ${n0(cost.assumptions.recipients as number)} at ${cost.send.sendRate}/s`, cost.send],
    [`send to ${n0(cost.assumptions.recipients as number)}, unpaced`, cost.sendUnpaced],
  ];
  return formatTable(
    ['scenario', 'invocations', 'CPU s', 'wait s', 'Lambda', 'S3', 'SES', 'total'],
    rows.map(([name, e]) => [
      name,
      n0(e.invocations),
      n0(e.cpuMs / 1000),
      n0(e.waitMs / 1000),
      ...[e.lambdaUsd, e.s3Usd, e.sesUsd, e.totalUsd].map(usd),
    ]),
  );
}

/** What the cost figures rest on, and what they say about the functions' limits. */
export function costNotes(r: BenchResults): string {
  const { cost, scale } = r;
  const run = cost.ingestAsHandlerRuns;
  const probe = scale.pipeline.rebuilds;
  const peak = scale.index.at(-1);
  const memory = r.coldStart.functions.ingest.memoryMb;
  const idle = r.coldStart.imports.ingest?.rssMiB ?? Number.NaN;
  const functionPeak = idle + (peak?.peakWithStateMiB ?? Number.NaN) - (peak?.rssIdleMiB ?? Number.NaN);
  return [
    `- pipeline probe: a batch of ${probe.batch} into ${n0(probe.size)} articles took ${n0(probe.batchMs)} ms = ${n1(probe.rebuildsPerBatch ?? Number.NaN)} rebuilds of ${n0(probe.rebuildMs)} ms; modelled as ${run.rebuildsPerBatch} per batch of ${cost.assumptions.batchSize}, and ${n1(scale.pipeline.requestsInTurn)} requests in turn per batch`,
    `- last batch at ${n0(cost.assumptions.articles as number)} articles: ${n1(run.lastBatchMs / 1000)} s against a ${n0(run.timeoutMs / 1000)} s timeout; largest edition that fits: ${n0(run.largestEditionWithinTimeout)} articles${run.largestEditionWithinTimeout > (peak?.size ?? 0) ? ' (extrapolated beyond the sizes measured)' : ''}`,
    `- peak memory at ${n0(peak?.size ?? Number.NaN)} articles: ${n0(peak?.peakWithStateMiB ?? Number.NaN)} MiB with the state's JSON written and read (${n1(peak?.stateMB ?? Number.NaN)} MB), in a benchmark process idling at ${n0(peak?.rssIdleMiB ?? Number.NaN)} MiB; the ingest bundle idles at ${n0(idle)} MiB, so the function would peak near ${n0(functionPeak)} MiB of its ${memory} MB`,
    `- CPU times x${cost.assumptions.cpuSlowdown} (a ${memory} MB function's share of a vCPU); ${cost.assumptions.requestLatencyMs} ms assumed per request made in turn`,
  ].join('\n');
}
