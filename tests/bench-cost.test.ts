import { describe, expect, it } from 'vitest';
import {
  batchMs,
  type IngestCostInput,
  ingestCost,
  largestEditionWithin,
  rebuildsPerBatch,
  sendCost,
} from '../bench/cost-model.js';
import { cpuSlowdown, lambdaCost, PRICES, REQUEST_LATENCY_MS, s3Cost } from '../bench/prices.js';

// A function with a whole vCPU, so CPU times are not scaled.
const input: IngestCostInput = {
  articles: 100,
  batchSize: 10,
  memoryMb: 2048,
  extractMs: 1,
  rebuildMs: (n) => n,
  stateMs: () => 0,
  rebuild: 'once',
  requestsInTurn: 24,
};

describe('prices', () => {
  it('bills GB-seconds on memory in GB of 1,024 MB, plus each invocation', () => {
    expect(lambdaCost(1000, 1, 1024)).toBeCloseTo(PRICES.lambdaArmPerGbSecond + PRICES.lambdaPerRequest, 12);
    expect(lambdaCost(2000, 0, 512)).toBeCloseTo(PRICES.lambdaArmPerGbSecond, 12);
    expect(s3Cost(1000, 1000)).toBeCloseTo(0.0054);
  });

  it('slows CPU work below a whole vCPU (1,769 MB) only', () => {
    expect(cpuSlowdown(1024)).toBeCloseTo(1769 / 1024);
    expect(cpuSlowdown(3008)).toBe(1);
  });
});

describe('ingestCost', () => {
  it('counts extraction once per article and one grouping at the end when grouped once', () => {
    const cost = ingestCost(input);

    expect(cost.invocations).toBe(10);
    expect(cost.cpuMs).toBe(100 + 100);
    expect(cost.waitMs).toBe(10 * 24 * REQUEST_LATENCY_MS);
    expect(cost.s3Usd).toBeCloseTo(s3Cost(110, 210));
  });

  it('counts the rebuilds each batch makes at the size it brings the edition to', () => {
    // Batches bring the edition to 10, 20, ..., 100 articles: 550 articles' worth of rebuilding.
    expect(ingestCost({ ...input, rebuild: 1 }).cpuMs).toBe(100 + 550);
    expect(ingestCost({ ...input, rebuild: 10 }).cpuMs).toBe(100 + 5500);
  });

  it('finds the largest edition whose batch fits in the timeout', () => {
    const perFile = { ...input, rebuild: 10 };
    const limit = largestEditionWithin(perFile, 10_000);

    expect(batchMs(perFile, limit)).toBeLessThanOrEqual(10_000);
    expect(batchMs(perFile, limit + 1)).toBeGreaterThan(10_000);
  });
});

describe('rebuildsPerBatch', () => {
  it('reads a probe near one rebuild as one per batch, near one per file as one per file', () => {
    expect(rebuildsPerBatch(1.3, 4, 50)).toBe(1);
    expect(rebuildsPerBatch(3.6, 4, 50)).toBe(50);
  });
});

describe('sendCost', () => {
  const send = {
    recipients: 1000,
    sendRate: 1,
    memoryMb: 2048,
    timeoutMs: 900_000,
    renderMs: 500,
    perRecipientMs: 5,
  };

  it('is paced by the send rate, over more than one run when that outlasts the timeout', () => {
    const cost = sendCost(send);

    expect(cost.cpuMs + cost.waitMs).toBeCloseTo(500 + 2 * REQUEST_LATENCY_MS + 1000 * 1000);
    expect(cost.invocations).toBe(2);
    expect(cost.sesUsd).toBeCloseTo(0.1);
  });

  it('is bound by its own work when unpaced', () => {
    const cost = sendCost({ ...send, sendRate: Number.POSITIVE_INFINITY });

    expect(cost.cpuMs + cost.waitMs).toBeCloseTo(
      500 + 2 * REQUEST_LATENCY_MS + 1000 * (5 + 3 * REQUEST_LATENCY_MS),
    );
    expect(cost.invocations).toBe(1);
  });
});
