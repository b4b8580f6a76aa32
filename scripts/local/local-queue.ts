import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { localContext } from './local-context.js';

/** How the local queue feeds the handler, as the SQS event source mapping would. */
export interface QueueSettings {
  readonly batchSize: number;
  /** Handler invocations running at once, as Lambda scales out. */
  readonly concurrency: number;
  /** Receives before a message goes to the dead-letter list, as the queue's redrive policy says. */
  readonly maxReceiveCount: number;
  /** How long to gather messages into a batch, in milliseconds. */
  readonly batchWindowMs: number;
  /**
   * How long a failed message stays invisible after its first receive, in milliseconds; it
   * doubles with each further receive. Defaults to `DEFAULT_VISIBILITY_TIMEOUT_MS`.
   */
  readonly visibilityTimeoutMs?: number;
}

/**
 * On AWS a failed message comes back after the queue's visibility timeout (minutes). Locally
 * that is scaled down so a run stays short, and doubled per receive so the five receives still
 * span a few seconds rather than all landing inside one passing fault: 250 ms, 0.5 s, 1 s, 2 s.
 */
export const DEFAULT_VISIBILITY_TIMEOUT_MS = 250;

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * An in-process stand-in for SQS and its Lambda event source: messages are delivered in batches,
 * several batches at once. A message the handler reports as failed (or every message of a batch
 * that throws) stays invisible for the visibility timeout, then is delivered again with its
 * `ApproximateReceiveCount` one higher (1 on the first delivery, as on SQS). A message whose
 * next receive would exceed `maxReceiveCount` goes to `deadLetters` instead: with 5, the fifth
 * failed receive dead-letters it (SQS moves it when it would be received a sixth time, one
 * visibility timeout later; here it moves at once). Dead letters carry the count they would
 * have been received with next.
 */
export class LocalQueue {
  readonly deadLetters: SQSRecord[] = [];
  private readonly waiting: SQSRecord[] = [];
  private inFlight = 0;
  private batchesInFlight = 0;
  /** Failed messages waiting out their visibility timeout. */
  private invisible = 0;
  private timer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly handler: Handler,
    private readonly settings: QueueSettings,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Messages waiting, being handled, or invisible after a failure. */
  get depth(): number {
    return this.waiting.length + this.inFlight + this.invisible;
  }

  send(record: SQSRecord): void {
    this.waiting.push(record);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.pump();
      this.settleIdle();
    }, this.settings.batchWindowMs);
  }

  /** Resolves when no message is waiting, being handled or invisible after a failure. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.depth === 0 && this.timer === null;
  }

  private settleIdle(): void {
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private pump(): void {
    while (this.waiting.length > 0 && this.batchesInFlight < this.settings.concurrency) {
      const batch = this.waiting.splice(0, this.settings.batchSize);
      this.inFlight += batch.length;
      this.batchesInFlight++;
      void this.deliver(batch).finally(() => {
        this.inFlight -= batch.length;
        this.batchesInFlight--;
        this.pump();
        this.settleIdle();
      });
    }
  }

  private async deliver(batch: SQSRecord[]): Promise<void> {
    let failed: Set<string>;
    try {
      const response = await this.handler({ Records: batch }, localContext('news-digest-ingest-local'));
      failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    } catch (error) {
      this.onError(error);
      failed = new Set(batch.map((r) => r.messageId));
    }
    for (const record of batch.filter((r) => failed.has(r.messageId))) this.returnLater(record);
  }

  /** A failed message: invisible for the (doubling) visibility timeout, then back, or dead-lettered. */
  private returnLater(record: SQSRecord): void {
    const received = Number(record.attributes.ApproximateReceiveCount);
    const again = {
      ...record,
      attributes: { ...record.attributes, ApproximateReceiveCount: String(received + 1) },
    };
    if (received >= this.settings.maxReceiveCount) {
      this.deadLetters.push(again);
      return;
    }
    const base = this.settings.visibilityTimeoutMs ?? DEFAULT_VISIBILITY_TIMEOUT_MS;
    this.invisible++;
    setTimeout(
      () => {
        this.invisible--;
        this.send(again);
      },
      base * 2 ** (received - 1),
    );
  }
}
