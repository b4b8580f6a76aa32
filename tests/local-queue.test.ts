import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LocalQueue } from '../scripts/local/local-queue.js';
import { sqsRecord } from './fakes/sqs-events.js';

const VISIBILITY_MS = 40;

interface Receive {
  readonly id: string;
  readonly count: string;
  readonly at: number;
}

/** A handler that records each receive and fails the messages `fails` picks. */
function recordingHandler(fails: (id: string, count: number) => boolean | 'throw') {
  const receives: Receive[] = [];
  const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failures: { itemIdentifier: string }[] = [];
    for (const record of event.Records) {
      const count = record.attributes.ApproximateReceiveCount;
      receives.push({ id: record.messageId, count, at: performance.now() });
      const verdict = fails(record.messageId, Number(count));
      if (verdict === 'throw') throw new Error('the batch failed');
      if (verdict) failures.push({ itemIdentifier: record.messageId });
    }
    return { batchItemFailures: failures };
  };
  return { receives, handler };
}

const queueFor = (handler: (event: SQSEvent) => Promise<SQSBatchResponse>, errors: unknown[] = []) =>
  new LocalQueue(
    handler,
    {
      batchSize: 10,
      concurrency: 2,
      maxReceiveCount: 5,
      batchWindowMs: 1,
      visibilityTimeoutMs: VISIBILITY_MS,
    },
    (error) => errors.push(error),
  );

// Timers may fire up to a millisecond before the time measured from performance.now().
const SLACK_MS = 2;

describe('the local queue', () => {
  it('delivers a failed message again only after its visibility timeout, one receive count higher', async () => {
    // Prepare
    const { receives, handler } = recordingHandler((_id, count) => count === 1);
    const queue = queueFor(handler);

    // Act
    queue.send(sqsRecord('m1', '{}'));
    await queue.idle();

    // Assess
    expect(receives.map((r) => r.count)).toEqual(['1', '2']);
    const [first, second] = receives;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(VISIBILITY_MS - SLACK_MS);
    expect(queue.deadLetters).toEqual([]);
  });

  it('dead-letters a message on its fifth failed receive, waiting twice as long before each new one', async () => {
    // Prepare
    const { receives, handler } = recordingHandler(() => true);
    const queue = queueFor(handler);

    // Act
    queue.send(sqsRecord('cursed', '{}'));
    await queue.idle();

    // Assess
    expect(receives.map((r) => r.count)).toEqual(['1', '2', '3', '4', '5']);
    const gaps = receives.slice(1).map((r, i) => r.at - (receives[i]?.at ?? 0));
    gaps.forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(VISIBILITY_MS * 2 ** i - SLACK_MS);
    });
    expect(queue.deadLetters.map((r) => [r.messageId, r.attributes.ApproximateReceiveCount])).toEqual([
      ['cursed', '6'],
    ]);
  });

  it('returns every message of a batch that throws, and tells onError', async () => {
    // Prepare
    const { receives, handler } = recordingHandler((_id, count) => (count === 1 ? 'throw' : false));
    const errors: unknown[] = [];
    const queue = queueFor(handler, errors);

    // Act
    queue.send(sqsRecord('a', '{}'));
    queue.send(sqsRecord('b', '{}'));
    await queue.idle();

    // Assess
    expect(receives.map((r) => `${r.id}${r.count}`).sort()).toEqual(['a1', 'a2', 'b2']);
    expect(errors).toHaveLength(1);
  });

  it('is not idle while a failed message waits out its visibility timeout', async () => {
    // Prepare
    const { receives, handler } = recordingHandler((_id, count) => count === 1);
    const queue = queueFor(handler);
    let idle = false;

    // Act
    queue.send(sqsRecord('m1', '{}'));
    const settled = queue.idle().then(() => {
      idle = true;
    });
    await new Promise((resolve) => setTimeout(resolve, VISIBILITY_MS / 2));
    const duringTimeout = { idle, depth: queue.depth, receives: receives.length };
    await settled;

    // Assess
    expect(duringTimeout).toEqual({ idle: false, depth: 1, receives: 1 });
    expect(receives).toHaveLength(2);
    expect(queue.depth).toBe(0);
  });
});
