import type { CostEstimate } from './cost-model.js';
import type { CostSection } from './cost-section.js';
import { n0, n1, usd } from './report-format.js';
import type { BenchResults } from './results.js';
import { formatTable } from './text-table.js';

/** The cost scenarios side by side. */
export function costTable(cost: CostSection): string {
  const articles = n0(cost.assumptions.articles as number);
  const recipients = n0(cost.assumptions.recipients as number);
  const rows: [string, CostEstimate][] = [
    [`ingest ${articles} files, one record each`, cost.ingest],
    [`send ${articles} (built once) to ${recipients} at ${cost.send.sendRate}/s`, cost.send],
    [`the same, unpaced`, cost.sendUnpaced],
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

/** What the cost figures rest on. */
export function costNotes(r: BenchResults): string {
  const { cost } = r;
  const a = cost.assumptions;
  const pipeline = r.ingest.pipeline;
  return [
    `- pipeline probe: a batch of ${pipeline.unhindered.batch} took ${n0(pipeline.unhindered.batchMs)} ms, ${n1(pipeline.unhindered.cpuMsPerFile)} ms CPU per file; ${n1(pipeline.requestsInTurn)} requests in turn per batch; per file ${n1(pipeline.perFile.getClass)} GET/HEAD, ${n1(pipeline.perFile.putClass)} PUT/COPY/LIST, ${n1(pipeline.perFile.delete)} DELETE`,
    `- a full batch takes ${n1(cost.ingest.batchMs / 1000)} s of its ${n0(cost.ingest.timeoutMs / 1000)} s timeout, at any size of day`,
    `- the build of ${n0(a.articles as number)} articles: ${n1(cost.send.buildMs / 1000)} s on one core (interpolated from the day section)`,
    `- CPU times x${a.cpuSlowdown} for ingest (${a.ingestMemoryMb} MB), x${a.newsletterCpuSlowdown} for the newsletter (${a.newsletterMemoryMb} MB); ${a.requestLatencyMs} ms assumed per request made in turn`,
  ].join('\n');
}
