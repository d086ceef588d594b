/**
 * The contribution path as an attacker tries it, against the production server (server.mjs) on
 * loopback: two clients (bound to 127.0.0.1 and 127.0.0.2) where one floods; malformed
 * percent-encoding in every dynamic route; forged origins; lone surrogates; HSTS; and every
 * page route in chromium listening for CSP violations and hydration errors, with stored text
 * that predates the Unicode checks.
 */
import { request as httpRequest } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { addModerator } from '@/lib/store/moderators';
import { decideContribution } from '@/lib/store/contributions';
import { startStoreServer, type StoreServer } from '../support/store-server';
import { startServer } from '../support/server';
import { validBody } from '../support/contribution';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';

const corpus = indexCorpus(loadCorpus());
const PASSWORD = 'a moderator password for tests';
let s: StoreServer;
let browser: Browser;

beforeAll(async () => {
  // The documented defaults except a small per-client limit, so a flood is short.
  s = await startStoreServer({ RATE_LIMIT_MAX: '3', RATE_LIMIT_GLOBAL_MAX: '500', TRUSTED_PROXY_HOPS: '0' });
  await addModerator(s.store, 'mod@example.org', PASSWORD, new Date());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await s?.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request from a chosen loopback address (the client's identity as the server sees it). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from ?? '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const contribute = (from: string, body: unknown = validBody(corpus), headers: Record<string, string> = {}) =>
  send(`${s.url}/api/contributions`, { method: 'POST', from, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { origin: s.url, 'content-type': 'application/json', ...headers } });
const signInFrom = (from: string, password: string) =>
  send(`${s.url}/api/moderate/login`, { method: 'POST', from, body: new URLSearchParams({ email: 'mod@example.org', password }).toString(), headers: { origin: s.url, 'content-type': 'application/x-www-form-urlencoded' } });

describe('one client flooding', () => {
  it('does not stop a second client from contributing, whatever X-Forwarded-For the first one forges', async () => {
    const flood = [];
    for (let i = 0; i < 20; i++) flood.push((await contribute('127.0.0.1', validBody(corpus), { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(flood.slice(0, 3)).toEqual([201, 201, 201]);
    expect(flood.slice(3).every((st) => st === 429)).toBe(true);
    expect((await contribute('127.0.0.2')).status).toBe(201);
  });

  it('does not keep a moderator on a second client from signing in', async () => {
    const flood = [];
    for (let i = 0; i < 40; i++) flood.push((await signInFrom('127.0.0.1', `guess ${i}`)).status);
    expect(flood.filter((st) => st === 429).length).toBeGreaterThan(25);
    const moderator = await signInFrom('127.0.0.2', PASSWORD);
    expect(moderator.status).toBe(303);
    expect(String(moderator.headers['set-cookie'])).toMatch(/^admissible_session=/);
  });
});

describe('forged origins and odd text', () => {
  it('refuses a post whose Origin differs in scheme, port or host, or is missing, and never trusts Host', async () => {
    const port = new URL(s.url).port;
    for (const origin of [`https://127.0.0.1:${port}`, `http://127.0.0.1:${Number(port) + 1}`, 'https://evil.example']) {
      expect((await contribute('127.0.0.3', validBody(corpus), { origin })).status, origin).toBe(403);
      expect((await contribute('127.0.0.3', validBody(corpus), { origin, host: new URL(origin).host, 'x-forwarded-host': new URL(origin).host })).status, origin).toBe(403);
    }
    const bare = await send(`${s.url}/api/contributions`, { method: 'POST', from: '127.0.0.3', body: JSON.stringify(validBody(corpus)), headers: { 'content-type': 'application/json' } });
    expect(bare.status).toBe(403);
    const login = await send(`${s.url}/api/moderate/login`, { method: 'POST', from: '127.0.0.3', body: `email=mod%40example.org&password=x`, headers: { origin: `https://127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(login.status).toBe(403);
  });

  it('answers 400 naming the field for a lone surrogate', async () => {
    const body = JSON.stringify(validBody(corpus)).replace('"Test scholar"', '"Test \\udc00 scholar"');
    const res = await contribute('127.0.0.4', body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors).toEqual([{ field: 'advancedBy.name', message: expect.stringMatching(/lone surrogate/) }]);
    const hidden = await contribute('127.0.0.4', validBody(corpus, { title: 'Hidden\u202etitle' }));
    expect(hidden.status).toBe(400);
    expect(JSON.parse(hidden.body).errors[0].field).toBe('title');
  });
});

/** Every route under app/ as a path pattern ("/node/[id]"), pages and route handlers. */
function appRoutes(dir = join(process.cwd(), 'app')): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...appRoutes(full));
    else if (/^(page|route)\.tsx?$/.test(name)) out.push('/' + relative(join(process.cwd(), 'app'), dir).split(sep).join('/'));
  }
  return out.map((r) => (r === '/' ? '/' : r.replace(/\/$/, '')));
}
const dynamicRoutes = () => appRoutes().filter((r) => r.includes('['));

describe('malformed percent-encoding', () => {
  it('answers 400 or 404 with the security headers in every dynamic route, never 500', async () => {
    const routes = dynamicRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(10);
    // The read API's files are served under dynamic paths too, through rewrites.
    const paths = [...routes, '/api/nodes/[id]', '/api/sources/[id]'];
    for (const route of paths) {
      for (const bad of ['%ff', '%E0%A4%A', '%', '%zz', 'a%c3%28b']) {
        const path = route.replace(/\[[^\]]+\]/g, bad);
        const res = await send(s.url + path);
        expect([400, 404], `${path}: ${res.status}`).toContain(res.status);
        expect(String(res.headers['content-security-policy'] ?? ''), path).toMatch(/default-src|script-src/);
        expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      }
    }
  });
});

describe('the product', () => {
  it('has no benchmark routes (they exist only in the bench build)', async () => {
    expect((await send(s.url + '/bench/empty')).status).toBe(404);
    expect((await send(`${s.url}/api/bench/noop`, { method: 'POST', body: '{}', headers: { origin: s.url, 'content-type': 'application/json' } })).status).toBe(404);
  });
});

describe('HSTS', () => {
  it('is sent when SITE_URL is https, and not on the plain-http default', async () => {
    expect((await send(s.url + '/about')).headers['strict-transport-security']).toBeUndefined();
    const https = await startServer({ SITE_URL: 'https://admissible.example' });
    try {
      for (const path of ['/about', '/api/graph', '/node/%ff']) {
        expect((await send(https.url + path)).headers['strict-transport-security'], path).toMatch(/^max-age=\d{8,}/);
      }
    } finally {
      await https.stop();
    }
  });
});

describe('every page in the browser', () => {
  it('has no CSP violation and no hydration error, with stored text from before the Unicode checks', async () => {
    // A contribution stored as an older version accepted it: a lone surrogate and invisible characters.
    const created = await contribute('127.0.0.5');
    expect(created.status).toBe(201);
    const { id } = JSON.parse(created.body) as { id: string };
    const body = validBody(corpus);
    const raw = JSON.stringify({ ...body, title: 'Odd \ud800 title', text: 'Stored text with a zero\u200bwidth space, a \u202ereversal and a lone \udc00 half.', advancedBy: { kind: 'scholar', name: 'Ada\ufeff Lovelace' } });
    await s.store.db.updateTable('contributions').set({ submission: raw }).where('id', '=', id).execute();
    const pending = JSON.parse((await contribute('127.0.0.5')).body).id as string;
    await decideContribution(s.store, id, 'mod@example.org', { action: 'approve' }, new Date());

    const fill: Record<string, string> = {
      '/node/[id]': `/node/${body.target as string}`,
      '/sources/[id]': `/sources/${corpus.sources[0]!.id}`,
      '/questions/[id]': `/questions/${corpus.nodes.find((n) => n.kind === 'question')!.id}`,
      '/jurisdictions/[code]': `/jurisdictions/${corpus.jurisdictions[0]!.code.toLowerCase()}`,
      '/operations/[id]': `/operations/${corpus.operations[0]!.id}`,
      '/embed/[id]': `/embed/${corpus.nodes.find((n) => n.kind === 'question')!.id}`,
      '/contributions/[id]': `/contributions/${id}`,
    };
    const pages = appRoutes()
      .filter((r) => !r.startsWith('/api') && !r.includes('.') && !r.startsWith('/bench'))
      .filter((r) => readdirSync(join(process.cwd(), 'app', r)).some((f) => /^page\.tsx?$/.test(f)));
    const unfilled = pages.filter((p) => p.includes('[') && !fill[p]);
    expect(unfilled, 'a dynamic page without a sample path in this test').toEqual([]);
    const paths = [...pages.map((p) => fill[p] ?? p), `/contributions/${pending}`, `/community`, '/moderate', '/moderate/audit'];

    // From an address the flood above did not use (127.0.0.1 is in its back-off).
    const cookie = String((await signInFrom('127.0.0.6', PASSWORD)).headers['set-cookie']).split(';')[0]!;
    const [name, value] = cookie.split('=') as [string, string];
    await browser.context.addCookies([{ name, value, url: s.url }]);
    for (const path of [...new Set(paths)]) {
      const page = await browser.context.newPage();
      const problems = watchProblems(page, s.url);
      await page.addInitScript(() => {
        (window as any).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      });
      const response = await page.goto(s.url + path, { waitUntil: 'networkidle' });
      expect(response!.status(), path).toBeLessThan(400);
      await page.waitForFunction(() => (window as any).__next_f !== undefined && document.querySelector('.site-nav a, main') !== null);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as any).__violations), path).toEqual([]);
      expect(problems, path).toEqual([]);
      await page.close();
    }
    await browser.context.clearCookies();
  });
});
