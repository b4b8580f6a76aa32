import * as z from 'zod/mini';
import { editionDate } from '../core/index.js';

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

/**
 * Reads the invocation: a scheduled EventBridge event sends the edition named by the date of the
 * event in the editions' time zone (its retries name the same edition, so they resend the same
 * snapshot); an on-demand call may name the edition and ask for a dry run.
 */
export function parseNewsletterRequest(event: unknown, now: Date, timeZone: string): NewsletterRequest {
  const scheduled = event as { 'detail-type'?: string; time?: string } | null;
  if (scheduled && scheduled['detail-type'] === 'Scheduled Event') {
    return { edition: editionDate(scheduled.time ? new Date(scheduled.time) : now, timeZone), dryRun: false };
  }
  const result = OnDemand.safeParse(event ?? {});
  if (!result.success) {
    throw new InvalidRequestError('expected { "edition"?: "YYYY-MM-DD", "dryRun"?: true }');
  }
  return {
    edition: result.data.edition ?? editionDate(now, timeZone),
    dryRun: result.data.dryRun ?? false,
  };
}
