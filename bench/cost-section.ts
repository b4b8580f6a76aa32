import { NEWSLETTER_MEMORY_MB } from '../infra/newsletter-sender.js';
import type { FunctionSettings } from './bundle-assets.js';
import { batchMs, type CostEstimate, type IngestCostInput, ingestCost, sendCost } from './cost-model.js';
import type { DayFigures } from './day-figures.js';
import { interpolateMs } from './growth.js';
import type { PipelineProbes } from './pipeline-probes.js';
import { cpuSlowdown, PRICES, REQUEST_LATENCY_MS } from './prices.js';
import { round } from './stats.js';

/** The cost estimates and what they rest on. */
export interface CostSection {
  readonly assumptions: Record<string, number | string>;
  /** Every file read on its own into its record: the same cost per file at any size of day. */
  readonly ingest: CostEstimate & { readonly batchMs: number; readonly timeoutMs: number };
  /** The edition built once from its records, then mailed at the configured rate. */
  readonly send: CostEstimate & {
    readonly sendRate: number;
    readonly durationMs: number;
    readonly buildMs: number;
  };
  /** The same edition with no pacing: the floor set by the function's own work. */
  readonly sendUnpaced: CostEstimate;
}

const roundAll = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])) as T;

/** Estimates, from this run's measurements and the functions' settings in the synthesized template. */
export function estimateCosts(
  pipeline: PipelineProbes,
  day: readonly DayFigures[],
  render: { firstRenderMs: number; perRecipientMs: number },
  functions: { ingest: FunctionSettings; newsletter: FunctionSettings },
  articles = 10_000,
  recipients = 1000,
): CostSection {
  const ingestInput: IngestCostInput = {
    articles,
    batchSize: pipeline.unhindered.batch,
    memoryMb: functions.ingest.memoryMb,
    fileMs: pipeline.unhindered.cpuMsPerFile,
    requestsInTurn: pipeline.requestsInTurn,
    getsPerFile: pipeline.perFile.getClass,
    putsPerFile: pipeline.perFile.putClass,
  };
  const buildPoints = day.flatMap((d) => (d.buildMs === null ? [] : [{ size: d.articles, ms: d.buildMs }]));
  const buildMs = interpolateMs(buildPoints, articles);
  const sendRate = Number(functions.newsletter.environment.SEND_RATE ?? '1');
  const sendInput = {
    recipients,
    records: articles,
    sendRate,
    // The deployed value, from the stack's own constant: the template says the same.
    memoryMb: NEWSLETTER_MEMORY_MB,
    timeoutMs: functions.newsletter.timeoutS * 1000,
    buildMs,
    renderMs: render.firstRenderMs,
    perRecipientMs: render.perRecipientMs,
  };
  const send = sendCost(sendInput);
  return {
    assumptions: {
      articles,
      recipients,
      batchSize: ingestInput.batchSize,
      ingestMemoryMb: ingestInput.memoryMb,
      newsletterMemoryMb: NEWSLETTER_MEMORY_MB,
      cpuSlowdown: round(cpuSlowdown(ingestInput.memoryMb)),
      newsletterCpuSlowdown: round(cpuSlowdown(NEWSLETTER_MEMORY_MB)),
      requestLatencyMs: REQUEST_LATENCY_MS,
      requestsInTurnPerBatch: round(ingestInput.requestsInTurn),
      cpuMsPerFile: round(ingestInput.fileMs),
      s3GetsPerFile: round(ingestInput.getsPerFile),
      s3PutsPerFile: round(ingestInput.putsPerFile),
      ...PRICES,
    },
    ingest: roundAll({
      ...ingestCost(ingestInput),
      batchMs: batchMs(ingestInput),
      timeoutMs: functions.ingest.timeoutS * 1000,
    }),
    send: roundAll({ ...send, sendRate, durationMs: send.cpuMs + send.waitMs, buildMs }),
    sendUnpaced: roundAll(sendCost({ ...sendInput, sendRate: Number.POSITIVE_INFINITY })),
  };
}
