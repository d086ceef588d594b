/**
 * The contribution API over real HTTP against `next start`: a few hundred malformed payloads,
 * the status codes, a rate limit that holds across two server instances sharing one database,
 * the same API on PostgreSQL, and a short crash check (the full one is npm run check:crash).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { ContributionInput } from '@/lib/store/rules';
import { countContributions } from '@/lib/store/contributions';
import { startServer } from '../support/server';
import { startStoreServer, type StoreServer } from '../support/store-server';
import { validBody } from '../support/contribution';
import { createPgDatabase } from '../support/stores';
import { runCrashCheck } from '../../bench/crash-check';

const corpus = indexCorpus(loadCorpus());
let s: StoreServer;

beforeAll(async () => {
  // As if behind one reverse proxy that appends the client's address to X-Forwarded-For.
  s = await startStoreServer({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_SECONDS: '600', TRUSTED_PROXY_HOPS: '1' });
});
afterAll(async () => {
  await s?.stop();
});

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/contributions`, { method: 'POST', body, headers: { origin: url, 'content-type': 'application/json', ...headers } });
let client = 0;
/** A fresh client address per request (the hop the trusted proxy appended), so the per-client limit (3) does not interfere. */
const fresh = () => ({ 'x-forwarded-for': `203.0.113.1, 10.${Math.floor(client / 250)}.${client++ % 250}.1` });

describe('contribution API over HTTP', () => {
  it('answers 201, 400, 413, 415 and 403 as documented', async () => {
    const ok = await post(s.url, JSON.stringify(validBody(corpus)), fresh());
    expect(ok.status).toBe(201);
    expect(ok.headers.get('location')).toMatch(/^\/contributions\/[0-9a-f]{24}$/);
    expect((await post(s.url, '{"target":1}', fresh())).status).toBe(400);
    expect((await post(s.url, JSON.stringify(validBody(corpus, { text: 'x'.repeat(50_000) })), fresh())).status).toBe(413);
    expect((await post(s.url, JSON.stringify(validBody(corpus)), { ...fresh(), 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(s.url, JSON.stringify(validBody(corpus)), { ...fresh(), origin: 'https://evil.example' })).status).toBe(403);
  });

  it('survives 300 malformed payloads over HTTP: no 5xx, every 4xx names a field', async () => {
    const valid = validBody(corpus);
    const keys = Object.keys(ContributionInput.shape);
    const payload = fc.oneof(
      fc.record({ key: fc.constantFrom(...keys), value: fc.jsonValue({ maxDepth: 3 }) }).map(({ key, value }) => JSON.stringify({ ...valid, [key]: value })),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
    );
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const res = await post(s.url, body, fresh());
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          const { errors } = await res.json();
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(typeof e.field === 'string' && e.field.length > 0).toBe(true);
        } else await res.body?.cancel();
      }),
      { numRuns: 300, seed: 6 },
    );
    expect(seen.get(400) ?? 0).toBeGreaterThan(250);
  }, 120_000);

  it('rate-limits a client across two server instances sharing the database (429 with Retry-After)', async () => {
    const second = await startServer({ ADMISSIBLE_DB_FILE: s.dbFile, RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_GLOBAL_MAX: '100000', TRUSTED_PROXY_HOPS: '1' });
    try {
      const me = { 'x-forwarded-for': '203.0.113.99' };
      const body = JSON.stringify(validBody(corpus));
      const statuses = [];
      for (const url of [s.url, second.url, s.url, second.url]) statuses.push((await post(url, body, me)).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      const refused = await post(s.url, body, me);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused.json()).errors[0].field).toBe('body');
    } finally {
      await second.stop();
    }
  });

  it('by default (no trusted proxy) forged X-Forwarded-For values get no fresh buckets', async () => {
    const direct = await startStoreServer({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_SECONDS: '600' });
    try {
      const body = JSON.stringify(validBody(corpus));
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(direct.url, body, { 'x-forwarded-for': `198.51.100.${i}` })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await direct.stop();
    }
  });

  it('runs on PostgreSQL when DATABASE_URL is set', async () => {
    const pg = await createPgDatabase();
    const server = await startServer({ DATABASE_URL: pg.url });
    try {
      const res = await post(server.url, JSON.stringify(validBody(corpus)));
      expect(res.status).toBe(201);
      const { id } = await res.json();
      const status = await (await fetch(`${server.url}/api/contributions/${id}`)).json();
      expect(status).toMatchObject({ id, status: 'pending' });
      const page = await fetch(`${server.url}/contributions/${id}`);
      expect(await page.text()).toContain('Awaiting review');
    } finally {
      await server.stop();
      await pg.drop();
    }
  });
});

describe('crash safety (short run; npm run check:crash does ten kills)', () => {
  it('after kill -9 in a burst, every acknowledged submission is there and the database is intact', async () => {
    const rounds = await runCrashCheck({ kills: 2 });
    expect(rounds.at(-1)!.acknowledged).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.missing).toBe(0);
      expect(r.integrity).toBe('ok');
      expect(r.auditMismatch).toBe(0);
    }
  }, 120_000);
});

// Keep the count helper honest: the store the server wrote to is readable by the test.
it('the test reads the same database the server writes', async () => {
  expect(await countContributions(s.store)).toBeGreaterThan(0);
});
