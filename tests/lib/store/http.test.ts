import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clientKey, handleContributionPost, type SubmitConfig } from '@/lib/store/http';
import { countContributions } from '@/lib/store/contributions';
import { mapLookup } from '@/lib/store/community';
import { ContributionInput } from '@/lib/store/rules';
import type { Store } from '@/lib/store/db';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';
import { cleanupStores, sqliteBackend } from '../../support/stores';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const map = mapLookup(corpus);
const ORIGIN = 'http://127.0.0.1:3000';
const open: SubmitConfig = { perClient: { max: 1e9, windowSeconds: 60 }, global: { max: 1e9, windowSeconds: 60 }, maxBodyBytes: 32 * 1024, trustedProxyHops: 0 };
let store: Store;

beforeAll(async () => {
  store = await sqliteBackend.open();
});
afterAll(cleanupStores);

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/contributions`, { method: 'POST', body, headers: { host: '127.0.0.1:3000', origin: ORIGIN, 'content-type': 'application/json', ...headers } });
}
const call = (req: Request, config = open) => handleContributionPost(req, { store, map, config });
const ownKeys = (body: string): Set<string> => {
  try {
    const v = JSON.parse(body);
    return new Set(v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
  } catch {
    return new Set();
  }
};
const TOP_FIELDS = new Set([...Object.keys(ContributionInput.shape), 'body', 'origin', 'content-type']);

describe('POST /api/contributions handler', () => {
  it('answers 201 with an id, a status link and a Location header, and stores the row', async () => {
    const before = await countContributions(store);
    const res = await call(post(JSON.stringify(validBody(corpus))));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'pending', statusUrl: `/contributions/${body.id}`, apiUrl: `/api/contributions/${body.id}` });
    expect(res.headers.get('location')).toBe(body.statusUrl);
    expect(await countContributions(store)).toBe(before + 1);
  });

  it('answers 400 with field-by-field errors', async () => {
    const res = await call(post(JSON.stringify(validBody(corpus, { licence: 'yes', sources: [{ title: 'x' }] }))));
    expect(res.status).toBe(400);
    const { errors } = await res.json();
    expect(errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['licence', 'sources.0']));
  });

  it('answers 413 for an oversize body, whether or not Content-Length says so', async () => {
    const big = JSON.stringify(validBody(corpus, { text: 'x'.repeat(40_000) }));
    expect((await call(post(big))).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        c.close();
      },
    });
    const res = await call(new Request(`${ORIGIN}/api/contributions`, { method: 'POST', body: stream, duplex: 'half', headers: { host: '127.0.0.1:3000', origin: ORIGIN, 'content-type': 'application/json' } } as RequestInit));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].field).toBe('body');
  });

  it('answers 415 for a wrong content type, 403 for a cross-origin post', async () => {
    const body = JSON.stringify(validBody(corpus));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']) {
      const res = await call(post(body, { 'content-type': type }));
      expect(res.status, type).toBe(415);
      expect((await res.json()).errors[0].field).toBe('content-type');
    }
    const res = await call(post(body, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(res.status).toBe(403);
    expect((await res.json()).errors[0].field).toBe('origin');
  });

  it('answers 429 with Retry-After once a client exceeds the limit, counted in the database', async () => {
    // Behind one trusted proxy, which appends the address it saw.
    const config: SubmitConfig = { ...open, perClient: { max: 2, windowSeconds: 600 }, trustedProxyHops: 1 };
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(post(JSON.stringify(validBody(corpus)), headers), config)).status);
    expect(statuses).toEqual([201, 201, 429]);
    const res = await call(post(JSON.stringify(validBody(corpus)), headers), config);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await call(post(JSON.stringify(validBody(corpus)), { 'x-forwarded-for': '203.0.113.8' }), config)).status).toBe(201);
  });

  it('with no trusted proxy (the default), distinct forged X-Forwarded-For values get no fresh buckets', async () => {
    const own = await sqliteBackend.open();
    const config: SubmitConfig = { ...open, perClient: { max: 2, windowSeconds: 600 } };
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const req = post(JSON.stringify(validBody(corpus)), { 'x-forwarded-for': `198.51.100.${i}, 10.0.0.${i}` });
      statuses.push((await handleContributionPost(req, { store: own, map, config })).status);
    }
    expect(statuses).toEqual([201, 201, 429, 429]);
  });

  it('behind trusted proxies, only the hop the outermost proxy appended names the client; entries before it are the client\'s own', async () => {
    const own = await sqliteBackend.open();
    const config: SubmitConfig = { ...open, perClient: { max: 2, windowSeconds: 600 }, trustedProxyHops: 2 };
    const statuses = [];
    // A client at 192.0.2.10 forging ever new first entries, through a CDN (appends the client) and a proxy (appends the CDN).
    for (let i = 0; i < 4; i++) {
      const req = post(JSON.stringify(validBody(corpus)), { 'x-forwarded-for': `198.51.100.${i}, 192.0.2.10, 10.0.0.1` });
      statuses.push((await handleContributionPost(req, { store: own, map, config })).status);
    }
    expect(statuses).toEqual([201, 201, 429, 429]);
    const other = post(JSON.stringify(validBody(corpus)), { 'x-forwarded-for': '192.0.2.11, 10.0.0.1' });
    expect((await handleContributionPost(other, { store: own, map, config })).status).toBe(201);
  });

  it('a flood from one client uses up its own bucket, never the ceiling all clients share', async () => {
    const own = await sqliteBackend.open();
    const config: SubmitConfig = { ...open, perClient: { max: 2, windowSeconds: 600 }, global: { max: 5, windowSeconds: 600 }, peerHeader: 'x-admissible-peer' };
    const from = (address: string) => post(JSON.stringify(validBody(corpus)), { 'x-admissible-peer': address });
    const send = (address: string) => handleContributionPost(from(address), { store: own, map, config }).then((r) => r.status);
    const flood = [];
    for (let i = 0; i < 50; i++) flood.push(await send('127.0.0.1'));
    expect(flood.filter((s) => s === 201)).toHaveLength(2);
    expect(flood.slice(2).every((s) => s === 429)).toBe(true);
    expect(await send('127.0.0.2')).toBe(201);
    expect(await send('127.0.0.2')).toBe(201);
  });

  it('answers 400 naming the field for text with a lone surrogate', async () => {
    const body = JSON.stringify(validBody(corpus)).replace('Synthetic test argument', 'Synthetic \\ud800 argument');
    expect(body).toContain('\\ud800');
    const res = await call(post(body));
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([{ field: 'title', message: expect.stringMatching(/lone surrogate/) }]);
  });

  it('clientKey: one shared key without trusted proxies or with a header shorter than the hops', () => {
    const key = (xff: string | undefined, hops: number) => clientKey(new Request(ORIGIN, { headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }), hops);
    const direct = key(undefined, 0);
    expect(new Set(['1.1.1.1', '2.2.2.2', '3.3.3.3, 4.4.4.4', ''].map((x) => key(x, 0)))).toEqual(new Set([direct]));
    expect(key('1.1.1.1', 2)).toBe(direct);
    expect(key('', 1)).toBe(direct);
    expect(key('9.9.9.9, 1.1.1.1', 1)).toBe(key('1.1.1.1', 1));
    expect(key('1.1.1.1', 1)).not.toBe(key('2.2.2.2', 1));
    expect(key('1.1.1.1', 1)).not.toContain('1.1.1.1');
  });

  it('survives 5,000 malformed payloads: never a 5xx, and every 4xx names the field', async () => {
    const valid = validBody(corpus);
    const keys = Object.keys(ContributionInput.shape);
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    const hostile = fc.oneof(fc.string(), fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '\u0000', '\uD800', '𝕏'.repeat(5000), '__proto__', '{}'), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), anyJson);
    // Replace one field with a hostile value: when refused, the error must name that field.
    const replaced = fc.record({ key: fc.constantFrom(...keys), value: hostile }).map(({ key, value }) => ({ key, body: JSON.stringify({ ...valid, [key]: value }) }));
    // Drop some required fields.
    const dropped = fc.subarray(keys, { minLength: 1 }).map((drop) => ({ key: undefined, body: JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => !drop.includes(k)))) }));
    // Nested damage inside sources, advancedBy and conflictOfInterest.
    const nested = fc
      .record({ field: fc.constantFrom('sources', 'advancedBy', 'conflictOfInterest', 'contributor'), inner: fc.dictionary(fc.constantFrom('existing', 'title', 'url', 'date', 'type', 'pinpoint', 'kind', 'name', 'declared', 'details', 'email', 'x'), hostile) })
      .map(({ field, inner }) => ({ key: field, body: JSON.stringify({ ...valid, [field]: field === 'sources' ? [inner] : inner }) }));
    // Whole bodies that are not a contribution at all, or not JSON.
    const wholly = fc.oneof(anyJson.map((v) => JSON.stringify(v)), fc.string(), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'))).map((body) => ({ key: undefined, body }));
    const payload = fc.oneof(replaced, dropped, nested, wholly);
    let runs = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(payload, async ({ key, body }) => {
        runs++;
        const res = await call(post(body));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          const { errors } = await res.json();
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) {
            expect(typeof e.field).toBe('string');
            // A known field, or an unknown one the payload itself carried.
            const top = e.field.split('.')[0];
            const carried = [...ownKeys(body)].some((k) => e.field === (k === '' ? '""' : k) || e.field.startsWith(k + '.'));
            expect(TOP_FIELDS.has(top!) || carried, e.field).toBe(true);
            expect(e.message.length).toBeGreaterThan(0);
          }
          if (key && res.status === 400) expect(errors.some((e: { field: string }) => e.field === key || e.field.startsWith(key + '.')), `${key}: ${JSON.stringify(errors)}`).toBe(true);
        }
      }),
      { numRuns: 5000, seed: Number(process.env.FUZZ_SEED ?? 20261130) },
    );
    expect(runs).toBe(5000);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(4000);
  }, 120_000);
});
