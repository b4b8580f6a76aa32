/**
 * Public on-demand prices, US East (N. Virginia), without free tiers. Sources:
 * https://aws.amazon.com/lambda/pricing/ (Arm: $0.0000133334 per GB-second, $0.20 per million
 * requests), https://aws.amazon.com/ses/pricing/ ($0.10 per 1,000 emails sent),
 * https://aws.amazon.com/s3/pricing/ (Standard: PUT, COPY, POST, LIST $0.005 per 1,000; GET and
 * all other requests, HEAD included, $0.0004 per 1,000; DELETE free).
 */
export const PRICES = {
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerRequest: 0.2 / 1e6,
  sesPerMessage: 0.1 / 1000,
  s3PerPut: 0.005 / 1000,
  s3PerGet: 0.0004 / 1000,
} as const;

/**
 * Lambda gives a function CPU in proportion to its memory, a whole vCPU at 1,769 MB
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html): below that,
 * CPU-bound work takes longer by the ratio, assuming a Graviton vCPU as fast as this machine's core.
 */
export const FULL_VCPU_MB = 1769;

/** How much longer CPU-bound work takes in a function of this memory than on one whole core. */
export const cpuSlowdown = (memoryMb: number): number => Math.max(1, FULL_VCPU_MB / memoryMb);

/**
 * Assumed, not measured: the wait for one S3 or SES request from Lambda in the same region. Only
 * requests made one after another count; those the handlers make in parallel count once.
 */
export const REQUEST_LATENCY_MS = 30;

/** The cost of Lambda compute and invocations; GB-seconds are billed on memory in GB (1,024 MB). */
export function lambdaCost(durationMs: number, invocations: number, memoryMb: number): number {
  const gbSeconds = (durationMs / 1000) * (memoryMb / 1024);
  return gbSeconds * PRICES.lambdaArmPerGbSecond + invocations * PRICES.lambdaPerRequest;
}

/** The cost of S3 requests. */
export const s3Cost = (puts: number, gets: number): number => puts * PRICES.s3PerPut + gets * PRICES.s3PerGet;
