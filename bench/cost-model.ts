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

/** The ingest function's work, from measured figures: every file costs the same, whatever the day holds. */
export interface IngestCostInput {
  readonly articles: number;
  readonly batchSize: number;
  readonly memoryMb: number;
  /** CPU of one file through the pipeline (read, extract in the worker, store its record), on one core. */
  readonly fileMs: number;
  /** Requests a batch makes one after another, each waiting for the request latency. */
  readonly requestsInTurn: number;
  /** S3 requests per file: HEAD/GET class, PUT/COPY/LIST class. */
  readonly getsPerFile: number;
  readonly putsPerFile: number;
}

/** The duration of one full batch in the function. */
export function batchMs(input: IngestCostInput): number {
  return (
    input.batchSize * input.fileMs * cpuSlowdown(input.memoryMb) + input.requestsInTurn * REQUEST_LATENCY_MS
  );
}

/** The estimated cost of ingesting `articles` files, in batches from the queue. */
export function ingestCost(input: IngestCostInput): CostEstimate {
  const { articles, batchSize } = input;
  const invocations = Math.ceil(articles / batchSize);
  const cpuMs = articles * input.fileMs * cpuSlowdown(input.memoryMb);
  const waitMs = invocations * input.requestsInTurn * REQUEST_LATENCY_MS;
  const lambdaUsd = lambdaCost(cpuMs + waitMs, invocations, input.memoryMb);
  const s3Usd = s3Cost(articles * input.putsPerFile, articles * input.getsPerFile);
  return { invocations, cpuMs, waitMs, lambdaUsd, s3Usd, sesUsd: 0, totalUsd: lambdaUsd + s3Usd };
}

/** The newsletter function's work for one edition, from measured times. */
export interface SendCostInput {
  readonly recipients: number;
  /** Records the edition takes: read, built into the digest once, then removed. */
  readonly records: number;
  /** Messages per second the sender allows itself. */
  readonly sendRate: number;
  readonly memoryMb: number;
  readonly timeoutMs: number;
  /** Reading the records and building the edition of `records` articles, on one core. */
  readonly buildMs: number;
  /** The first render in a fresh process: one render per edition, in a cold function. */
  readonly renderMs: number;
  /** Personalising and composing one message, on one core. */
  readonly perRecipientMs: number;
}

// The build reads and removes records this many at a time (gather-records.ts, consume-records.ts).
const RECORD_CONCURRENCY = 32;
const LIST_PAGE = 1000;

/**
 * The estimated cost of sending one edition. The build lists the records a page at a time, reads
 * and later deletes them 32 at a time, and stores the snapshot. Each message then takes the longer
 * of the pacing interval and its own work (three requests in turn: the ledger's HEAD, SES, the
 * ledger's PUT). A run cut short by the timeout is run again and the ledger skips who has the
 * edition, so the invocations are the duration over the timeout, rounded up.
 */
export function sendCost(input: SendCostInput): CostEstimate {
  const slow = cpuSlowdown(input.memoryMb);
  const pages = Math.ceil(input.records / LIST_PAGE);
  const buildRequestsInTurn = pages + 2 * Math.ceil(input.records / RECORD_CONCURRENCY) + 3;
  const work = input.perRecipientMs * slow + 3 * REQUEST_LATENCY_MS;
  const perMessage = Math.max(1000 / input.sendRate, work);
  const cpuMs = (input.buildMs + input.renderMs + input.recipients * input.perRecipientMs) * slow;
  const durationMs =
    (input.buildMs + input.renderMs) * slow +
    buildRequestsInTurn * REQUEST_LATENCY_MS +
    input.recipients * perMessage;
  const invocations = Math.max(1, Math.ceil(durationMs / input.timeoutMs));
  const lambdaUsd = lambdaCost(durationMs, invocations, input.memoryMb);
  // GETs: each record, the snapshot check, a HEAD per recipient. PUTs: the listing's pages, the
  // snapshot, its consumed mark, the archive, a ledger entry per recipient.
  const s3Usd = s3Cost(pages + 3 + input.recipients, input.records + 1 + input.recipients);
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
