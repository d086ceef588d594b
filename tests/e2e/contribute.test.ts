/**
 * Contribute, status and moderation pages in chromium: security headers and a CSP that the pages
 * themselves never violate (static and dynamic alike) but that blocks an injected inline script;
 * the form end to end with field errors; stored XSS in every text field, rendered in the public
 * and moderation views, neither runs nor injects markup; axe-core finds no violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { addModerator } from '@/lib/store/moderators';
import { axeViolations } from '../support/axe';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { startStoreServer, type StoreServer } from '../support/store-server';
import { validBody } from '../support/contribution';

const corpus = indexCorpus(loadCorpus());
const PASSWORD = 'a moderator password for tests';
let s: StoreServer;
let browser: Browser;

beforeAll(async () => {
  s = await startStoreServer();
  await addModerator(s.store, 'mod@example.org', PASSWORD, new Date());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await s?.stop();
});

/** Opens a page recording CSP violations, dialogs and console errors. */
async function open(path: string, ctx = browser.context) {
  const page = await ctx.newPage();
  const problems = watchProblems(page, s.url);
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(s.url + path, { waitUntil: 'networkidle' });
  return { page, problems, response: response! };
}

/** axe-core on the page, or only on the part matching `within` (pages whose other parts belong to other features). */
const axe = axeViolations;

async function submit(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${s.url}/api/contributions`, { method: 'POST', headers: { origin: s.url, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).id;
}

async function signInBrowser() {
  const { page } = await open('/moderate');
  await page.fill('#email', 'mod@example.org');
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(`${s.url}/moderate`), page.click('main button[type=submit]')]);
  await page.close();
}

describe('security headers and CSP', () => {
  it('every page carries the headers, runs its scripts without a CSP violation, and blocks injected inline scripts', async () => {
    const question = corpus.nodes.find((n) => n.kind === 'question')!;
    const other = corpus.nodes.find((n) => n.kind !== 'question')!;
    const id = await submit(validBody(corpus));
    const paths = ['/', '/about', `/questions/${question.id}`, `/node/${other.id}`, `/sources/${corpus.sources[0]!.id}`, '/contribute', `/contribute?target=${other.id}`, `/contributions/${id}`, '/moderate', '/community'];
    for (const path of paths) {
      const { page, problems, response } = await open(path);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      expect(scriptSrc, path).toMatch(/'nonce-|'sha256-/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      // Hydration ran: React's inline payload and the bundles executed under the policy.
      await page.waitForFunction(() => (window as any).__next_f !== undefined && document.querySelector('.site-nav a') !== null);
      expect(await page.evaluate(() => (window as any).__violations), path).toEqual([]);
      // An inline script injected after load is refused.
      await page.evaluate(() => {
        const el = document.createElement('script');
        el.textContent = 'window.__injected = 1';
        document.body.appendChild(el);
      });
      await page.waitForFunction(() => (window as any).__violations.length > 0);
      expect(await page.evaluate(() => (window as any).__injected), path).toBeUndefined();
      expect(problems.filter((p) => !p.includes('window.__injected') && !p.includes('Content Security Policy')), path).toEqual([]);
      await page.close();
    }
  });
  it('the not-found page runs its scripts without a CSP violation too', async () => {
    for (const path of ['/no-such-page', '/node/no-such-node']) {
      const { page, problems, response } = await open(path);
      expect(response.status(), path).toBe(404);
      const scriptSrc = (response.headers()['content-security-policy'] ?? '').split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toMatch(/'nonce-/);
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      await page.waitForFunction(() => (window as any).__next_f !== undefined && document.querySelector('.site-nav a') !== null);
      expect(await page.evaluate(() => (window as any).__violations), path).toEqual([]);
      expect(problems.filter((p) => !p.includes('404')), path).toEqual([]);
      await page.close();
    }
  });
});

describe('contribute form', () => {
  it('shows field errors from the API, then submits and lands on the status page; pages pass axe', async () => {
    const target = corpus.nodes.find((n) => n.kind === 'position')!;
    const { page: login } = await open('/moderate');
    expect(await axe(login)).toEqual([]);
    await login.close();
    const { page, problems } = await open(`/contribute?target=${target.id}`);
    expect(await axe(page)).toEqual([]);
    await page.waitForSelector('form[data-ready="true"]');
    await page.click('main button[type=submit]');
    await page.waitForSelector('.error-summary');
    const summary = (await page.textContent('.error-summary')) ?? '';
    for (const word of ['Title', 'Text', 'Who advances it', 'Licence', 'Conflict of interest', 'Source 1']) expect(summary).toContain(word);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.check('input[name=kind][value=argument]');
    await page.selectOption('#f-relation', 'opposes');
    await page.fill('#f-title', 'A browser-test argument');
    await page.fill('#f-text', 'An argument typed into the form by the browser test.');
    await page.fill('#f-advancedBy-name', 'Browser test scholar');
    await page.selectOption('#f-advancedBy-kind', 'scholar');
    await page.check('input[name="sources.0.mode"][value=new]');
    await page.fill('#f-sources-0-title', 'A source typed in the browser test');
    await page.fill('#f-sources-0-url', 'https://example.org/browser-test');
    await page.fill('#f-sources-0-date', '2024-02-03');
    await page.selectOption('#f-sources-0-type', 'article');
    await page.selectOption('#f-sources-0-jurisdiction', corpus.jurisdictions[0]!.code);
    await page.fill('#f-sources-0-pinpoint-value', '12');
    await page.check('#f-coi-none');
    await page.check('#f-licence');
    await Promise.all([page.waitForURL(/\/contributions\/[0-9a-f]{24}$/), page.click('main button[type=submit]')]);
    expect(await page.textContent('main')).toContain('Awaiting review');
    expect(await page.textContent('main')).toContain('A browser-test argument');
    expect(await axe(page)).toEqual([]);
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
    await page.close();
  });
});

describe('stored XSS', () => {
  const HOSTILE = [
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2" data-xss>',
    '"><svg onload="window.__xss=3" data-xss></svg>',
    "'; window.__xss=4; '",
    '</textarea><script>window.__xss=5</script><textarea>',
    '<style>body{display:none}</style><b data-xss>bold</b>',
    '{{constructor.constructor("window.__xss=6")()}}',
    '[link](javascript:window.__xss=7) <a href="javascript:window.__xss=8" data-xss>x</a>',
  ];
  const hostile = (i: number, min = 0) => {
    const base = HOSTILE[i % HOSTILE.length]!;
    return base.length >= min ? base : base + ' padding to length';
  };

  it('hostile strings in every text field neither run nor inject markup, in the public and moderation views', async () => {
    const target = corpus.nodes.find((n) => n.kind === 'position')!;
    const body = (offset: number) =>
      validBody(corpus, {
        title: hostile(offset + 0).slice(0, 90),
        text: HOSTILE.join('\n'),
        advancedBy: { kind: 'scholar', name: hostile(offset + 1) },
        sources: [{ title: hostile(offset + 2), url: `https://example.org/?q="><script>window.__xss=9</script>`, date: '2024', type: 'news', jurisdiction: corpus.jurisdictions[0]!.code, pinpoint: { kind: 'page', value: '1' } }],
        conflictOfInterest: { declared: true, details: hostile(offset + 3) },
        contributor: { name: hostile(offset + 4) },
        target: target.id,
      });
    const ids = [await submit(body(0)), await submit(body(4)), await submit(body(2))];
    await signInBrowser();
    // One approved as is, one rejected with a hostile reason, one edited with hostile text then approved.
    const { page: queue, problems: queueProblems } = await open('/moderate');
    expect(await queue.locator('[data-xss]').count()).toBe(0);
    expect(await queue.textContent('main')).toContain('<script>window.__xss=1</script>');
    await Promise.all([queue.waitForURL(/notice=approved/), queue.locator(`#c-${ids[0]} form >> nth=0`).locator('button').click()]);
    await queue.fill(`#reason-${ids[1]}`, HOSTILE.join(' '));
    await Promise.all([queue.waitForURL(/notice=rejected/), queue.locator(`#c-${ids[1]} .reject-form button`).click()]);
    await queue.locator(`#c-${ids[2]} summary`).click();
    await queue.fill(`#text-${ids[2]}`, 'Edited: ' + HOSTILE.join(' '));
    await Promise.all([queue.waitForURL(/notice=edited/), queue.locator(`#c-${ids[2]} details form button`).click()]);
    expect(queueProblems).toEqual([]);
    await queue.close();

    // The approved ones joined the map, marked as community contributions with their provenance.
    const { page: community } = await open('/community');
    expect(await community.locator(`a[href="/contributions/${ids[0]}"]`).count()).toBeGreaterThan(0);
    expect(await community.locator(`a[href="/contributions/${ids[2]}"]`).count()).toBeGreaterThan(0);
    expect(await community.locator(`a[href="/contributions/${ids[1]}"]`).count()).toBe(0);
    expect(await community.textContent('main')).toContain('Community contribution');
    // The contributor named who advances it but not where: no jurisdiction is made up for the actor.
    expect(await community.locator('.attribution').first().textContent()).toContain('(jurisdiction not given)');
    expect(await axe(community)).toEqual([]);
    await community.close();
    // The target's static node page fetches them too.
    const { page: nodePage, problems: nodeProblems } = await open(`/node/${target.id}`);
    await nodePage.waitForSelector(`.community-section a[href="/contributions/${ids[0]}"]`);
    expect(await nodePage.locator('[data-xss]').count()).toBe(0);
    expect(await nodePage.locator('.community-section').textContent()).toContain('<script>window.__xss=1</script>');
    expect(await axe(nodePage, '.community-section')).toEqual([]);
    expect(nodeProblems).toEqual([]);
    await nodePage.close();

    // The JSON API is never sniffed as HTML.
    const api = await fetch(`${s.url}/api/contributions/${ids[0]}`);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await api.json()).submission.text).toBe(HOSTILE.join('\n'));
    // The approved one's own page (/node/community-<id>) renders the contributor's text too.
    for (const path of [...ids.map((id) => `/contributions/${id}`), '/moderate', '/moderate/audit', '/community', `/node/community-${ids[0]}`]) {
      const { page, problems } = await open(path);
      {
        expect(await page.locator('[data-xss]').count(), path).toBe(0);
        // A node page's JSON-LD is the one script allowed in main: data, with "<" escaped (lib/cite/jsonld.ts).
        expect(await page.locator('main script:not([type="application/ld+json"]), main img, main svg[onload], main style, main a[href^="javascript"]').count(), path).toBe(0);
        for (const ld of await page.locator('main script[type="application/ld+json"]').allTextContents()) expect(ld, path).not.toContain('<');
        // The hostile strings are shown, as text (the queue no longer lists them once decided).
        if (path !== '/moderate') expect(await page.textContent('main'), path).toContain('window.__xss');
        expect(await page.evaluate(() => (window as any).__violations), path).toEqual([]);
        expect(await axe(page), path).toEqual([]);
      }
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => (window as any).__xss), path).toBeUndefined();
      expect(problems, path).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
