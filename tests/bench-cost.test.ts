import { describe, expect, it } from 'vitest';
import { batchMs, type IngestCostInput, ingestCost, sendCost } from '../bench/cost-model.js';
import { cpuSlowdown, lambdaCost, PRICES, REQUEST_LATENCY_MS, s3Cost } from '../bench/prices.js';

// A function with a whole vCPU, so CPU times are not scaled.
const input: IngestCostInput = {
  articles: 100,
  batchSize: 10,
  memoryMb: 2048,
  fileMs: 2,
  requestsInTurn: 24,
  getsPerFile: 4,
  putsPerFile: 2,
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
  it('costs every file the same, the requests in turn once per batch', () => {
    // Act
    const cost = ingestCost(input);

    // Assess
    expect(cost.invocations).toBe(10);
    expect(cost.cpuMs).toBe(100 * 2);
    expect(cost.waitMs).toBe(10 * 24 * REQUEST_LATENCY_MS);
    expect(cost.s3Usd).toBeCloseTo(s3Cost(200, 400));
  });

  it('grows in proportion to the files: a day ten times bigger costs ten times more', () => {
    // Act
    const small = ingestCost(input);
    const big = ingestCost({ ...input, articles: 1000 });

    // Assess
    expect(big.cpuMs).toBe(10 * small.cpuMs);
    expect(big.totalUsd).toBeCloseTo(10 * small.totalUsd, 12);
  });

  it('times a full batch with the CPU scaled to a smaller function and its requests in turn', () => {
    // Act
    const ms = batchMs({ ...input, memoryMb: 1024 });

    // Assess
    expect(ms).toBeCloseTo(10 * 2 * (1769 / 1024) + 24 * REQUEST_LATENCY_MS);
  });
});

describe('sendCost', () => {
  const send = {
    recipients: 1000,
    records: 0,
    sendRate: 1,
    memoryMb: 2048,
    timeoutMs: 900_000,
    buildMs: 0,
    renderMs: 500,
    perRecipientMs: 5,
  };
  // The snapshot check, the snapshot and its consumed mark, one after another.
  const fixedRequests = 3 * REQUEST_LATENCY_MS;

  it('is paced by the send rate, over more than one run when that outlasts the timeout', () => {
    const cost = sendCost(send);

    expect(cost.cpuMs + cost.waitMs).toBeCloseTo(500 + fixedRequests + 1000 * 1000);
    expect(cost.invocations).toBe(2);
    expect(cost.sesUsd).toBeCloseTo(0.1);
  });

  it('is bound by its own work when unpaced', () => {
    const cost = sendCost({ ...send, sendRate: Number.POSITIVE_INFINITY });

    expect(cost.cpuMs + cost.waitMs).toBeCloseTo(500 + fixedRequests + 1000 * (5 + 3 * REQUEST_LATENCY_MS));
    expect(cost.invocations).toBe(1);
  });
});

describe('sendCost of the build', () => {
  it('adds the build once, and the records read and removed 32 at a time', () => {
    // Prepare
    const base = {
      recipients: 0,
      records: 0,
      sendRate: Number.POSITIVE_INFINITY,
      memoryMb: 2048,
      timeoutMs: 900_000,
      buildMs: 0,
      renderMs: 0,
      perRecipientMs: 0,
    };

    // Act
    const empty = sendCost(base);
    const built = sendCost({ ...base, records: 3200, buildMs: 10_000 });

    // Assess
    expect(built.cpuMs - empty.cpuMs).toBe(10_000);
    // Four pages of listing, then 100 rounds of reads and 100 of deletes.
    expect(built.waitMs - empty.waitMs).toBeCloseTo((4 + 200) * REQUEST_LATENCY_MS);
    expect(built.s3Usd - empty.s3Usd).toBeCloseTo(s3Cost(4, 3200));
  });
});
