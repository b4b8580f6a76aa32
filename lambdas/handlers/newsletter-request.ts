import * as z from 'zod/mini';

/** What the newsletter function was asked to do. */
export interface NewsletterRequest {
  readonly edition: string;
  readonly dryRun: boolean;
}

/** Thrown for an on-demand request that is not `{ "edition"?: "YYYY-MM-DD", "dryRun"?: boolean }`. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}

const OnDemand = z.object({
  edition: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u))),
  dryRun: z.optional(z.boolean()),
});

const dayBefore = (time: Date): string => new Date(time.getTime() - 86_400_000).toISOString().slice(0, 10);

/**
 * Reads the invocation: a scheduled EventBridge event sends the edition of the UTC day before
 * the event (the morning email carries the previous day's stories); an on-demand call may name
 * the edition and ask for a dry run.
 */
export function parseNewsletterRequest(event: unknown, now: Date): NewsletterRequest {
  const scheduled = event as { 'detail-type'?: string; time?: string } | null;
  if (scheduled && scheduled['detail-type'] === 'Scheduled Event') {
    return { edition: dayBefore(scheduled.time ? new Date(scheduled.time) : now), dryRun: false };
  }
  const result = OnDemand.safeParse(event ?? {});
  if (!result.success) {
    throw new InvalidRequestError('expected { "edition"?: "YYYY-MM-DD", "dryRun"?: true }');
  }
  return { edition: result.data.edition ?? dayBefore(now), dryRun: result.data.dryRun ?? false };
}
