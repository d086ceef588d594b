import { afterAll, describe, expect, it } from 'vitest';
import { backends, cleanupStores } from '../../support/stores';
import { hitRateLimit, hitRateLimits, pruneRateLimits } from '@/lib/store/rate-limit';

afterAll(cleanupStores);

describe.each(backends)('rate limits on $name', (backend) => {
  it('allows max hits per window, counts per key, and starts again in the next window', async () => {
    const store = await backend.open();
    const limit = { max: 3, windowSeconds: 60 };
    const t = Date.UTC(2026, 0, 1, 0, 0, 10);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(store, 'a', limit, t));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ count: 4, retryAfter: 50 });
    expect((await hitRateLimit(store, 'b', limit, t)).allowed).toBe(true);
    expect((await hitRateLimit(store, 'a', limit, t + 50_000)).allowed).toBe(true);
    await pruneRateLimits(store, t + 50_000);
    expect((await store.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key)).toEqual(['a']);
  });

  it('counts concurrent hits exactly (the counter is one upsert)', async () => {
    const store = await backend.open();
    const t = Date.UTC(2026, 0, 1);
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(store, 'k', { max: 25, windowSeconds: 60 }, t)));
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe.each(backends)('several rate limits in one statement on $name', (backend) => {
  it('counts every key and refuses when any is over its limit', async () => {
    const store = await backend.open();
    const t = Date.UTC(2026, 0, 1);
    const hits = (client: string) => [
      { key: `c:${client}`, limit: { max: 2, windowSeconds: 60 } },
      { key: 'global', limit: { max: 4, windowSeconds: 60 } },
    ];
    const verdicts = [];
    for (const client of ['a', 'a', 'a', 'b', 'c', 'd']) verdicts.push((await hitRateLimits(store, hits(client), t)).allowed);
    // a: 1, 2, 3 (over its own limit); global: 4 at b, 5 at c (over), 6 at d.
    expect(verdicts).toEqual([true, true, false, true, false, false]);
  });
});
