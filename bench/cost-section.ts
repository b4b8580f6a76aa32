import type { FunctionSettings } from './bundle-assets.js';
import {
  batchMs,
  type CostEstimate,
  type IngestCostInput,
  ingestCost,
  largestEditionWithin,
  rebuildsPerBatch,
  sendCost,
} from './cost-model.js';
import { interpolateMs } from './growth.js';
import type { IngestFigures } from './ingest-measure.js';
import { cpuSlowdown, PRICES, REQUEST_LATENCY_MS } from './prices.js';
import type { ScaleSection } from './scale-section.js';
import { round } from './stats.js';

/** The cost estimates and what they rest on. */
export interface CostSection {
  readonly assumptions: Record<string, number | string>;
  /** Extraction of every article, the edition grouped once: what the engine's work alone costs. */
  readonly ingestGroupedOnce: CostEstimate;
  /** As the ingest pipeline runs (rebuilds per batch measured by the pipeline probe). */
  readonly ingestAsHandlerRuns: CostEstimate & {
    readonly rebuildsPerBatch: number;
    readonly lastBatchMs: number;
    readonly timeoutMs: number;
    readonly largestEditionWithinTimeout: number;
  };
  readonly send: CostEstimate & { readonly sendRate: number; readonly durationMs: number };
  /** The same edition with no pacing: the floor set by the function's own work. */
  readonly sendUnpaced: CostEstimate;
}

const roundAll = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])) as T;

/** Estimates, from this run's measurements and the functions' settings in the synthesized template. */
export function estimateCosts(
  ingest: IngestFigures,
  scale: ScaleSection,
  render: { firstRenderMs: number; perRecipientMs: number },
  functions: { ingest: FunctionSettings; newsletter: FunctionSettings },
  articles = 10_000,
  recipients = 1000,
): CostSection {
  const rebuildPoints = scale.index.map((f) => ({ size: f.size, ms: f.totalMs }));
  const statePoints = scale.index.map((f) => ({ size: f.size, ms: f.stateRoundTripMs }));
  const base: Omit<IngestCostInput, 'rebuild'> = {
    articles,
    batchSize: functions.ingest.batchSize ?? 10,
    memoryMb: functions.ingest.memoryMb,
    extractMs: 1000 / ingest.articlesPerSecond,
    rebuildMs: (n) => interpolateMs(rebuildPoints, n),
    stateMs: (n) => interpolateMs(statePoints, n),
    requestsInTurn: scale.pipeline.requestsInTurn,
  };
  const probe = scale.pipeline.rebuilds;
  const measured = probe.rebuildsPerBatch ?? 1;
  const asRuns = { ...base, rebuild: rebuildsPerBatch(measured, probe.batch, base.batchSize) };
  const timeoutMs = functions.ingest.timeoutS * 1000;
  const sendRate = Number(functions.newsletter.environment.SEND_RATE ?? '1');
  const sendInput = {
    recipients,
    sendRate,
    memoryMb: functions.newsletter.memoryMb,
    timeoutMs: functions.newsletter.timeoutS * 1000,
    renderMs: render.firstRenderMs,
    perRecipientMs: render.perRecipientMs,
  };
  const send = sendCost(sendInput);
  return {
    assumptions: {
      articles,
      recipients,
      batchSize: base.batchSize,
      ingestMemoryMb: base.memoryMb,
      newsletterMemoryMb: sendInput.memoryMb,
      cpuSlowdown: round(cpuSlowdown(base.memoryMb)),
      requestLatencyMs: REQUEST_LATENCY_MS,
      requestsInTurnPerBatch: round(base.requestsInTurn),
      extractMsPerArticle: round(base.extractMs),
      ...PRICES,
    },
    ingestGroupedOnce: roundAll(ingestCost({ ...base, rebuild: 'once' })),
    ingestAsHandlerRuns: roundAll({
      ...ingestCost(asRuns),
      rebuildsPerBatch: asRuns.rebuild,
      lastBatchMs: batchMs(asRuns, articles),
      timeoutMs,
      largestEditionWithinTimeout: largestEditionWithin(asRuns, timeoutMs),
    }),
    send: roundAll({ ...send, sendRate, durationMs: send.cpuMs + send.waitMs }),
    sendUnpaced: roundAll(sendCost({ ...sendInput, sendRate: Number.POSITIVE_INFINITY })),
  };
}
