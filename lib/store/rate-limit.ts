/**
 * Fixed-window rate limits counted in the database, so the limit holds across server instances.
 * One upsert per hit: the row for (key, window) is created or incremented and its count returned.
 */
import { sql } from 'kysely';
import type { Store } from './db';
import { batched } from './batch';

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
/**
 * Counts one hit on several keys (e.g. per client and global) and returns the first refusal, if
 * any; all keys are counted even when one refuses. Concurrent calls are counted together in one
 * upsert that adds each key's number of hits, and each call is given its own place in the count.
 */
export function hitRateLimits(store: Store, hits: readonly { key: string; limit: RateLimit }[], nowMs: number): Promise<RateDecision> {
  // Now and then, drop counters of windows that ended over a day ago, so the table stays small.
  const calls = (callCounts.get(store) ?? 0) + 1;
  callCounts.set(store, calls);
  if (calls % PRUNE_EVERY === 0) void pruneRateLimits(store, nowMs - 86_400_000).catch(() => undefined);
  let count = counters.get(store);
  if (!count) {
    count = batched((calls: Hit[][]) => countHits(store, calls));
    counters.set(store, count);
  }
  const windows = hits.map(({ key, limit }) => {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = Math.floor(nowMs / windowMs) * windowMs;
    return { key, limit, windowStart, retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - nowMs) / 1000)) };
  });
  return count(windows).then((counts) => {
    let verdict: RateDecision = { allowed: true, count: 0, retryAfter: 0 };
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i]!;
      const c = counts[i]!;
      if (c > w.limit.max) return { allowed: false, count: c, retryAfter: w.retryAfter };
      if (c > verdict.count) verdict = { allowed: true, count: c, retryAfter: w.retryAfter };
    }
    return verdict;
  });
}

interface Hit {
  key: string;
  windowStart: number;
}

const counters = new WeakMap<Store, (hits: Hit[]) => Promise<number[]>>();
const callCounts = new WeakMap<Store, number>();
const PRUNE_EVERY = 5_000;

/** One upsert for a batch of calls; returns, for each call, the count each of its hits reached. */
async function countHits(store: Store, calls: Hit[][]): Promise<number[][]> {
  const slot = (h: Hit) => `${h.windowStart}\u0000${h.key}`;
  const totals = new Map<string, Hit & { n: number }>();
  for (const call of calls) {
    for (const h of call) {
      const t = totals.get(slot(h));
      if (t) t.n++;
      else totals.set(slot(h), { ...h, n: 1 });
    }
  }
  const rows = await store.db
    .insertInto('rate_limits')
    .values([...totals.values()].map((t) => ({ key: t.key, window_start: t.windowStart, count: t.n })))
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`rate_limits.count + excluded.count` }))
    .returning(['key', 'window_start', 'count'])
    .execute();
  // Hand out the counts in call order: the first call of the batch gets the lowest of the new counts.
  const next = new Map<string, number>();
  for (const r of rows) {
    const t = totals.get(slot({ key: r.key, windowStart: Number(r.window_start) }))!;
    next.set(slot(t), Number(r.count) - t.n + 1);
  }
  return calls.map((call) =>
    call.map((h) => {
      const c = next.get(slot(h))!;
      next.set(slot(h), c + 1);
      return c;
    }),
  );
}

export async function pruneRateLimits(store: Store, beforeMs: number): Promise<void> {
  await store.db.deleteFrom('rate_limits').where('window_start', '<', beforeMs).execute();
}
