import { cpuSlowdown, lambdaCost, PRICES, REQUEST_LATENCY_MS, s3Cost } from './prices.js';

/** What an estimate is made of, in US dollars and milliseconds of billed duration. */
export interface CostEstimate {
  readonly invocations: number;
  /** CPU work as measured on one core here, scaled to the function's share of a vCPU. */
  readonly cpuMs: number;
  /** Waiting for requests made one after another (assumed latency) or for the send pacing. */
  readonly waitMs: number;
  readonly lambdaUsd: number;
  readonly s3Usd: number;
  readonly sesUsd: number;
  readonly totalUsd: number;
}

/** The ingest function's work, from measured times. */
export interface IngestCostInput {
  readonly articles: number;
  readonly batchSize: number;
  readonly memoryMb: number;
  /** Parse, clean and extract one article, on one core. */
  readonly extractMs: number;
  /** Group and merge an edition of this many articles, on one core. */
  readonly rebuildMs: (size: number) => number;
  /** Read and write the edition's state JSON at this many articles, on one core. */
  readonly stateMs: (size: number) => number;
  /** `once`: the edition grouped once, at the end (a lower bound); or how many rebuilds each batch makes. */
  readonly rebuild: 'once' | number;
  /** Requests a batch makes one after another, each waiting for the request latency. */
  readonly requestsInTurn: number;
}

/**
 * Rebuilds a batch of `batchSize` makes, from a probe batch of `probeBatch` files that took
 * `measured` rebuilds' worth of time: one per batch, or one per file, whichever the probe is
 * nearer. Timing noise moves the probe a little; it cannot move 1 to `probeBatch`.
 */
export function rebuildsPerBatch(measured: number, probeBatch: number, batchSize: number): number {
  return measured > (1 + probeBatch) / 2 ? batchSize : 1;
}

/** The duration of the batch that brings an edition to `size` articles, in the function (after the handler's own rebuilds). */
export function batchMs(input: IngestCostInput, size: number): number {
  const slow = cpuSlowdown(input.memoryMb);
  const rebuilds = input.rebuild === 'once' ? 0 : input.rebuild;
  const cpu = input.batchSize * input.extractMs + rebuilds * input.rebuildMs(size) + input.stateMs(size);
  return cpu * slow + input.requestsInTurn * REQUEST_LATENCY_MS;
}

/** The estimated cost of ingesting `articles` files into one edition, in batches from the queue. */
export function ingestCost(input: IngestCostInput): CostEstimate {
  const { articles, batchSize } = input;
  const invocations = Math.ceil(articles / batchSize);
  let cpu = articles * input.extractMs;
  if (input.rebuild === 'once') cpu += input.rebuildMs(articles);
  for (let b = 1; b <= invocations; b++) {
    const size = Math.min(articles, b * batchSize);
    // Every batch reads and writes the state, whichever way the stories are rebuilt.
    cpu += input.stateMs(size);
    if (input.rebuild !== 'once') cpu += input.rebuild * input.rebuildMs(size);
  }
  const cpuMs = cpu * cpuSlowdown(input.memoryMb);
  const waitMs = invocations * input.requestsInTurn * REQUEST_LATENCY_MS;
  const lambdaUsd = lambdaCost(cpuMs + waitMs, invocations, input.memoryMb);
  // Per file HEAD, GET, COPY (a PUT-class request) and DELETE (free); per batch the state's GET and PUT.
  const s3Usd = s3Cost(articles + invocations, 2 * articles + invocations);
  return { invocations, cpuMs, waitMs, lambdaUsd, s3Usd, sesUsd: 0, totalUsd: lambdaUsd + s3Usd };
}

/** The largest edition whose last batch still finishes within the timeout (by bisection). */
export function largestEditionWithin(input: IngestCostInput, timeoutMs: number, limit = 1_000_000): number {
  if (batchMs(input, 1) > timeoutMs) return 0;
  let [lo, hi] = [1, limit];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (batchMs(input, mid) <= timeoutMs) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The newsletter function's work for one edition, from measured times. */
export interface SendCostInput {
  readonly recipients: number;
  /** Messages per second the sender allows itself. */
  readonly sendRate: number;
  readonly memoryMb: number;
  readonly timeoutMs: number;
  /** The first render in a fresh process: one render per edition, in a cold function. */
  readonly renderMs: number;
  /** Personalising and composing one message, on one core. */
  readonly perRecipientMs: number;
}

/**
 * The estimated cost of sending one edition. Each message takes the longer of the pacing
 * interval and its own work (three requests in turn: the ledger's HEAD, SES, the ledger's PUT).
 * A run cut short by the timeout is run again and the ledger skips who has the edition, so the
 * invocations are the duration over the timeout, rounded up.
 */
export function sendCost(input: SendCostInput): CostEstimate {
  const slow = cpuSlowdown(input.memoryMb);
  const work = input.perRecipientMs * slow + 3 * REQUEST_LATENCY_MS;
  const perMessage = Math.max(1000 / input.sendRate, work);
  const cpuMs = (input.renderMs + input.recipients * input.perRecipientMs) * slow;
  const durationMs = input.renderMs * slow + 2 * REQUEST_LATENCY_MS + input.recipients * perMessage;
  const invocations = Math.max(1, Math.ceil(durationMs / input.timeoutMs));
  const lambdaUsd = lambdaCost(durationMs, invocations, input.memoryMb);
  // The state's GET and a HEAD per recipient; the archive's PUT and a ledger PUT per recipient.
  const s3Usd = s3Cost(1 + input.recipients, 1 + input.recipients);
  const sesUsd = input.recipients * PRICES.sesPerMessage;
  return {
    invocations,
    cpuMs,
    waitMs: durationMs - cpuMs,
    lambdaUsd,
    s3Usd,
    sesUsd,
    totalUsd: lambdaUsd + s3Usd + sesUsd,
  };
}
