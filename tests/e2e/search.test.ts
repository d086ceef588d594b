import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { loadCorpus } from '@/lib/data/read';

const baseUrl = inject('baseUrl');
const corpus = loadCorpus();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const api = async (qs: string) => {
  const r = await fetch(`${baseUrl}/api/search?${qs}`);
  return { status: r.status, type: r.headers.get('content-type'), body: await r.json() };
};
const sourceByEcli = (ecli: string) => corpus.sources.find((s) => s.identifiers.ecli === ecli)!.id;
const sourceByCase = (no: string) => corpus.sources.filter((s) => [...s.identifiers.caseNumbers, ...s.identifiers.other].some((c) => c.includes(no))).map((s) => s.id);

describe('GET /api/search', () => {
  it.each([
    ['ECLI:NL:HR:2024:190', [sourceByEcli('ECLI:NL:HR:2024:190')]],
    ['nl:hr:2024:190', [sourceByEcli('ECLI:NL:HR:2024:190')]],
    ['5 StR 413/25', sourceByCase('5 StR 413/25')],
    ['C-670/22', sourceByCase('C-670/22')],
    ['23756/2024', sourceByCase('23756/2024')],
  ])('finds %s first', async (q, expected) => {
    const { status, body } = await api(`q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ kind: 'source', url: `/sources/${body.results[0].id}` });
    expect(expected).toContain(body.results[0].id);
    expect(body.results[0].snippet).toBeTruthy();
  });

  it('finds EncroChat misspelt, and März typed without the umlaut', async () => {
    expect((await api('q=Encrochta')).body.results[0]).toMatchObject({ kind: 'operation', id: 'encrochat', url: '/operations/encrochat' });
    const marz = (await api('q=marz')).body.results;
    expect(marz.length).toBeGreaterThan(0);
    expect(JSON.stringify(marz)).toContain('März');
  });

  it('filters by kind, jurisdiction and asOf', async () => {
    const { body } = await api('q=EncroChat&kind=holding&jurisdiction=de&asOf=2023-12-31');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r: { kind: string; date?: string }) => r.kind === 'holding' && (!r.date || r.date <= '2023-12-31'))).toBe(true);
  });

  it.each([
    ['q=', 'q'],
    ['', 'q'],
    ['q=' + 'a'.repeat(10_000), 'q'],
    ['q=%00%01%FF%FEbinary', 'q'],
    ['q=encrochat&kind=ruling', 'kind'],
    ['q=encrochat&asOf=2024-02-31', 'asOf'],
    ['q=encrochat&jurisdiction=zz', 'jurisdiction'],
  ])('answers 400 naming the parameter for %#', async (qs, field) => {
    const { status, type, body } = await api(qs);
    expect(status).toBe(400);
    expect(type).toContain('application/json');
    // asOf is checked for every page and API by proxy.ts ({ error, parameter }); the rest by the route ({ errors: [{ field }] }).
    const named = body.parameter ? [body.parameter] : body.errors.map((e: { field: string }) => e.field);
    expect(named).toContain(field);
  });
});

describe('the header search box', () => {
  it('is on every page, with links to the main sections', async () => {
    const page = await browser.context.newPage();
    for (const path of ['/', '/map', '/sources', '/rulings', '/jurisdictions', '/operations/anom', '/timeline', '/matrix', '/search?q=encrochat', `/node/${corpus.nodes[5]!.id}`]) {
      await page.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
      expect(await page.locator('header #site-search-input[role="combobox"]').count(), path).toBe(1);
      for (const href of ['/jurisdictions', '/operations', '/sources', '/timeline', '/matrix', '/search', '/rulings']) {
        expect(await page.locator(`header nav a[href="${href}"]`).count(), `${path} → ${href}`).toBe(1);
      }
    }
    await page.close();
  });

  it('loads the index on first focus; arrows and Enter open a result, Escape closes; axe finds nothing', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${baseUrl}/sources`, { waitUntil: 'networkidle' });
    expect(fetched.filter((u) => u.includes('/api-data/search/'))).toEqual([]);
    const box = page.locator('#site-search-input');
    await box.focus();
    await box.pressSequentially('nl:hr:2024:190');
    // A result (an li), not the "All results" option that shows before the index has loaded.
    await page.locator('#site-search-results li[role="option"]').first().waitFor();
    expect(fetched.filter((u) => u.includes('/api-data/search/')).length).toBe(2);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#site-search-results [role="group"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page, '.site-header')).toEqual([]);
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active}`).textContent()).toContain(corpus.sources.find((s) => s.identifiers.ecli === 'ECLI:NL:HR:2024:190')!.title);
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await page.waitForURL(`${baseUrl}/sources/${sourceByEcli('ECLI:NL:HR:2024:190')}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('as of a date, searches what existed that day and keeps the date', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/sources?asOf=2023-12-31`, { waitUntil: 'networkidle' });
    const box = page.locator('#site-search-input');
    await box.focus();
    await box.pressSequentially('Encrochta');
    // A result, not the "All results" option that shows as soon as the box is typed in, before the index has loaded.
    await page.locator('#site-search-results li[role="option"]').first().waitFor();
    const text = (await page.locator('#site-search-results').textContent()) ?? '';
    expect(text).toContain('EncroChat');
    await box.fill('nl:hr:2024:190');
    await page.waitForTimeout(200);
    expect(await page.locator('#site-search-results').textContent()).not.toContain(corpus.sources.find((s) => s.identifiers.ecli === 'ECLI:NL:HR:2024:190')!.title);
    await box.fill('Encrochta');
    await page.locator('#site-search-results li[role="option"]').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/asOf=2023-12-31/);
    await page.close();
  });

  it('submits to /search, which lists results rendered on the server', async () => {
    const html = await (await fetch(`${baseUrl}/search?q=${encodeURIComponent('5 StR 413/25')}`)).text();
    const first = sourceByCase('5 StR 413/25')[0]!;
    expect(html).toContain(`href="/sources/${first}"`);
    const bad = await (await fetch(`${baseUrl}/search?q=x&kind=nope`)).text();
    expect(bad).toContain('unknown kind');
  });
});

describe('the map search', () => {
  it('finds a ruling by its ECLI and offers the nodes citing it; Escape closes, then clears', async () => {
    const src = corpus.sources.find((s) => s.identifiers.ecli && corpus.nodes.some((n) => n.citations.some((c) => c.source === s.id)))!;
    const citing = corpus.nodes.filter((n) => n.citations.some((c) => c.source === src.id)).map((n) => n.id);
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/map`, { waitUntil: 'networkidle' });
    await page.locator('#map-search-input').fill(src.identifiers.ecli!.replace('ECLI:', '').toLowerCase());
    const option = page.locator('#map-search-results [role="option"][data-id]').first();
    await option.waitFor();
    expect(citing).toContain(await option.getAttribute('data-id'));
    expect(await option.textContent()).toContain('via the source');
    // The combobox it shares with the header's box, with the first result active as you type; Escape closes the list, then clears the box.
    const box = page.locator('#map-search-input');
    expect(await box.getAttribute('aria-activedescendant')).toBe('map-search-results-0');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await page.close();
  });
});

describe('rulings and operations', () => {
  it('/rulings filters by court and question and names a bad filter', async () => {
    const h = corpus.holdings.find((x) => x.court === 'de-bgh') ?? corpus.holdings[0]!;
    const html = await (await fetch(`${baseUrl}/rulings?court=${h.court}&question=${h.question}`)).text();
    expect(html).toContain(`href="/sources/${h.source}"`);
    expect(html).toContain(`href="/questions/${h.question}#${h.id}"`);
    expect(await (await fetch(`${baseUrl}/rulings?level=high`)).text()).toContain('unknown court level');
    expect(await (await fetch(`${baseUrl}/rulings?page=999`)).text()).toContain('is not a page from 1 to');
    // Every page of the listing stays within the HTML budget.
    const first = await (await fetch(`${baseUrl}/rulings`)).text();
    expect(first.length).toBeLessThan(250 * 1024);
    expect(first).toContain('rel="next"');
  });

  it('the ANOM page lists its rulings; compare sets EncroChat, Sky ECC and ANOM side by side; an unknown id is a 404 naming ops', async () => {
    const anom = await (await fetch(`${baseUrl}/operations/anom`)).text();
    const tagged = corpus.holdings.find((h) => h.operations.includes('anom'))!;
    expect(anom).toContain(`href="/sources/${tagged.source}"`);
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/operations/compare?ops=encrochat,sky-ecc,anom`, { waitUntil: 'networkidle' });
    expect(await page.locator('table.compare-ops thead th').allTextContents()).toEqual(['Point', 'EncroChat', 'Sky ECC', 'ANOM']);
    const ranBy = (await page.locator('table.compare-ops tbody tr').first().textContent()) ?? '';
    expect(ranBy).toContain('Federal Bureau of Investigation');
    expect(await axeViolations(page, 'main')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    const missing = await browser.context.newPage();
    const response = await missing.goto(`${baseUrl}/operations/compare?ops=encrochat,nope`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    expect(await missing.locator('main [role="alert"]').textContent()).toContain('encrochat,nope');
    await missing.close();
  });
});
