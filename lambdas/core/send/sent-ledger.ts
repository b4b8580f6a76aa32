import { createHash } from 'node:crypto';
import { PreconditionFailedError } from '../errors.js';
import type { Log, ObjectStore } from '../ports.js';
import { normalAddress } from '../subscribers/subscriber-id.js';

/**
 * Where the ledger records that a recipient has an edition: a plain hash of the address, stable
 * whatever the key, and kept in the private bucket, never logged.
 */
export const ledgerKey = (edition: string, address: string): string =>
  `sent/${edition}/${createHash('sha256').update(normalAddress(address)).digest('hex').slice(0, 32)}.json`;

/**
 * A `sending` claim older than this was left by a run that died mid-send (a run lasts at most
 * 15 minutes): whether its message went out is unknown.
 */
export const STALE_CLAIM_MS = 16 * 60_000;

/** A ledger entry that was already there: sent, being sent by a live run, or of unknown outcome. */
export type HeldClaim = 'sent' | 'sending' | 'uncertain';

/** What a ledger entry holds. */
interface LedgerEntry {
  readonly status?: string;
  readonly at?: string;
  /** The invocation that claimed it; Lambda keeps it across the retries of one invocation. */
  readonly run?: string;
}

/** A recipient and the edition, as the ledger and the logs name them. */
export interface LedgerRef {
  readonly edition: string;
  readonly address: string;
  /** The recipient's keyed id, for logs; also written in the entry, so a person can find it. */
  readonly id: string;
  /** The invocation sending, which Lambda keeps across the retries of one invocation. */
  readonly run: string;
}

/**
 * Claims a recipient's ledger entry for this edition (a conditional write, so of two overlapping
 * runs only one sends). Returns null when claimed, or what the entry already there says. A
 * `sending` claim of this same invocation (an earlier attempt of it died mid-send) or older than
 * `STALE_CLAIM_MS` is marked `uncertain`, never sent to again blindly; one of another invocation
 * still running counts as taken.
 */
export async function claim(store: ObjectStore, ref: LedgerRef, now: Date): Promise<HeldClaim | null> {
  try {
    await store.put(
      ledgerKey(ref.edition, ref.address),
      JSON.stringify({ status: 'sending', at: now.toISOString(), run: ref.run, recipient: ref.id }),
      {
        contentType: 'application/json',
        ifNoneMatch: '*',
      },
    );
    return null;
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
  return heldClaim(store, ref, now);
}

async function heldClaim(store: ObjectStore, ref: LedgerRef, now: Date): Promise<HeldClaim> {
  const key = ledgerKey(ref.edition, ref.address);
  const stored = await store.get(key);
  // Deleted since the claim failed: its run could not send; the next run will.
  if (stored === null) return 'sending';
  let entry: LedgerEntry = {};
  try {
    entry = JSON.parse(new TextDecoder().decode(stored.body)) as LedgerEntry;
  } catch {
    // An entry that cannot be read still stands as a claim; what happened is unknown.
    return 'uncertain';
  }
  if (entry.status === 'sent') return 'sent';
  if (entry.status !== 'sending') return 'uncertain';
  const at = Date.parse(entry.at ?? '');
  const ours = entry.run === ref.run;
  if (!ours && Number.isFinite(at) && now.getTime() - at < STALE_CLAIM_MS) return 'sending';
  const marked = {
    status: 'uncertain',
    at: now.toISOString(),
    recipient: ref.id,
    error: ours ? 'an earlier attempt of this run stopped mid-send' : 'the run sending it stopped mid-send',
  };
  try {
    await store.put(key, JSON.stringify(marked), { contentType: 'application/json', ifMatch: stored.etag });
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
  return 'uncertain';
}

/**
 * Completes a claimed ledger entry (sent, or of unknown outcome). If the write fails the claim
 * itself still stands, so the recipient is not sent to again; only the detail is missing.
 */
export async function completeClaim(
  store: ObjectStore,
  ref: LedgerRef,
  entry: Record<string, string>,
  log: Log,
): Promise<void> {
  try {
    await store.put(ledgerKey(ref.edition, ref.address), JSON.stringify(entry), {
      contentType: 'application/json',
    });
  } catch (error) {
    log.error(`ledger entry not marked ${entry.status}; its claim stands`, {
      edition: ref.edition,
      recipient: ref.id,
      error: (error as Error).name,
    });
  }
}

/** Gives a claim back when its message was certainly not sent, so a later run sends it. */
export async function releaseClaim(store: ObjectStore, ref: LedgerRef): Promise<void> {
  await store.delete(ledgerKey(ref.edition, ref.address));
}
