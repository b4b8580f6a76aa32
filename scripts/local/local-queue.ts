import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { localContext } from './local-context.js';

/** How the local queue feeds the handler, as the SQS event source mapping would. */
export interface QueueSettings {
  readonly batchSize: number;
  /** Handler invocations running at once, as Lambda scales out. */
  readonly concurrency: number;
  /** Deliveries before a message goes to the dead-letter list. */
  readonly maxReceiveCount: number;
  /** How long to gather messages into a batch, in milliseconds. */
  readonly batchWindowMs: number;
}

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * An in-process stand-in for SQS and its Lambda event source: messages are delivered in batches,
 * several batches at once; messages the handler reports as failed (or all of them, when it
 * throws) are delivered again, and after `maxReceiveCount` deliveries go to `deadLetters`.
 */
export class LocalQueue {
  readonly deadLetters: SQSRecord[] = [];
  private readonly waiting: SQSRecord[] = [];
  private inFlight = 0;
  private batchesInFlight = 0;
  private timer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly handler: Handler,
    private readonly settings: QueueSettings,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Messages waiting or being handled. */
  get depth(): number {
    return this.waiting.length + this.inFlight;
  }

  send(record: SQSRecord): void {
    this.waiting.push(record);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.pump();
    }, this.settings.batchWindowMs);
  }

  /** Resolves when no message is waiting or being handled. */
  idle(): Promise<void> {
    if (this.depth === 0 && this.timer === null) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
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
        if (this.depth === 0 && this.timer === null)
          for (const resolve of this.idleWaiters.splice(0)) resolve();
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
    for (const record of batch.filter((r) => failed.has(r.messageId))) {
      const received = Number(record.attributes.ApproximateReceiveCount) + 1;
      const again = {
        ...record,
        attributes: { ...record.attributes, ApproximateReceiveCount: String(received) },
      };
      if (received > this.settings.maxReceiveCount) this.deadLetters.push(again);
      else this.waiting.push(again);
    }
  }
}
