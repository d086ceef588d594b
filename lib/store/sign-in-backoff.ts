/**
 * A growing wait between failed sign-ins, per account and client: the first few failures cost
 * nothing, then each one doubles the wait before the next attempt (1 s, 2 s, 4 s … up to
 * 15 minutes); a successful sign-in clears it. Keyed by account and client together, so one
 * client guessing a moderator's password slows only itself: the moderator, signing in from
 * elsewhere, is not kept waiting.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from './db';

export interface Backoff {
  /** Failures allowed before any wait. */
  free: number;
  /** The longest wait, in seconds. */
  maxSeconds: number;
}

export const SIGN_IN_BACKOFF: Backoff = { free: 3, maxSeconds: 900 };

export function backoffKey(email: string, client: string): string {
  return createHash('sha256').update(`${email}\u0000${client}`).digest('base64url').slice(0, 22);
}

/** Seconds to wait after `failures` failures (0 while within the free ones). */
export function backoffSeconds(failures: number, backoff: Backoff = SIGN_IN_BACKOFF): number {
  if (failures < backoff.free) return 0;
  return Math.min(backoff.maxSeconds, 2 ** Math.min(30, failures - backoff.free));
}

/** How many seconds this account-and-client must still wait before trying again (0: it may try now). */
export async function backoffRemaining(store: Store, key: string, nowMs: number, backoff: Backoff = SIGN_IN_BACKOFF): Promise<number> {
  const row = await store.db.selectFrom('sign_in_backoff').select(['failures', 'last_failed_at']).where('key', '=', key).executeTakeFirst();
  if (!row) return 0;
  const until = Number(row.last_failed_at) + backoffSeconds(Number(row.failures), backoff) * 1000;
  return until > nowMs ? Math.ceil((until - nowMs) / 1000) : 0;
}

export async function recordFailure(store: Store, key: string, nowMs: number): Promise<void> {
  await store.db
    .insertInto('sign_in_backoff')
    .values({ key, failures: 1, last_failed_at: nowMs })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures: sql<number>`sign_in_backoff.failures + 1`, last_failed_at: nowMs }))
    .execute();
}

/** A counter, not a record: clearing it after a successful sign-in deletes no history (the audit log keeps that). */
export async function clearFailures(store: Store, key: string): Promise<void> {
  await store.db.deleteFrom('sign_in_backoff').where('key', '=', key).execute();
}
