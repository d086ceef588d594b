/**
 * Fixed-window rate limits counted in the database, so the limit holds across server instances.
 * One upsert per hit: the row for (key, window) is created or incremented and its count returned.
 */
import { sql } from 'kysely';
import type { Store } from './db';

export interface RateLimit {
  /** Requests allowed per window. */
  max: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  count: number;
  /** Seconds until the current window ends. */
  retryAfter: number;
}

export async function hitRateLimit(store: Store, key: string, limit: RateLimit, nowMs: number): Promise<RateDecision> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = Math.floor(nowMs / windowMs) * windowMs;
  const row = await store.db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  return { allowed: count <= limit.max, count, retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - nowMs) / 1000)) };
}

/** Drops counters from windows that ended before `beforeMs`; counters are not records, so this is not a deletion of history. */
export async function pruneRateLimits(store: Store, beforeMs: number): Promise<void> {
  await store.db.deleteFrom('rate_limits').where('window_start', '<', beforeMs).execute();
}
