/**
 * Reading layout on every route: an HTML-size budget (every page at most 250 kB; question pages,
 * whose rulings load when opened, at most 120 kB), no horizontal overflow on a 390 × 844 phone, holdings as cards there, the
 * matrix within a 1280 px laptop, and timeline labels that are never cut off.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { validBody } from '../support/contribution';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';

const baseUrl = inject('baseUrl');
const corpus = indexCorpus(loadCorpus());
const KB = 1000;
export const PAGE_BUDGET = 250 * KB;
/** A question page's budget: its rulings are fetched when the reader opens them (components/LazyHoldings.tsx). */
export const QUESTION_GOAL = 120 * KB;
let browser: Browser;
let contribution: string | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  const res = await fetch(`${baseUrl}/api/contributions`, { method: 'POST', body: JSON.stringify(validBody(corpus)), headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' } });
  contribution = res.headers.get('location') ?? undefined;
});
afterAll(async () => {
  await browser.close();
});

/** Every page route under app/ (benchmark baselines aside), as a path with [segments]. */
function pageRoutes(dir = 'app', prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) {
      if (entry.name === 'page.tsx') out.push(prefix || '/');
      continue;
    }
    if (entry.name === 'api' || entry.name === 'bench' || entry.name.startsWith('_')) continue;
    out.push(...pageRoutes(join(dir, entry.name), `${prefix}/${entry.name}`));
  }
  return out.sort();
}

/** One sample of every route, dynamic segments filled with a real id (the busiest or longest, where it matters). */
function routes(): string[] {
  const question = corpus.nodes.find((n) => n.kind === 'question')!;
  const byHoldings = (sourceId: string) => corpus.holdings.filter((h) => h.source === sourceId).length;
  const busiest = [...corpus.sources].sort((a, b) => byHoldings(b.id) - byHoldings(a.id))[0]!;
  const longEcli = [...corpus.sources].filter((s) => s.identifiers.ecli).sort((a, b) => b.identifiers.ecli!.length - a.identifiers.ecli!.length)[0] ?? busiest;
  const samples: Record<string, string[]> = {
    '/contributions/[id]': contribution ? [contribution] : [],
    '/embed/[id]': [`/embed/${question.id}`],
    '/jurisdictions/[code]': [`/jurisdictions/${corpus.jurisdictions[0]!.code.toLowerCase()}`],
    '/node/[id]': [`/node/${corpus.nodes.find((n) => n.kind === 'position')!.id}`],
    '/operations/[id]': corpus.operations.map((o) => `/operations/${o.id}`),
    '/questions/[id]': [`/questions/${question.id}`],
    '/sources/[id]': [`/sources/${busiest.id}`, `/sources/${longEcli.id}`],
  };
  return pageRoutes().flatMap((r) => {
    if (!r.includes('[')) return [r];
    expect(samples[r], `a sample id for the route ${r}`).toBeDefined();
    return samples[r]!;
  });
}

/** Every page worth a budget: the routes above plus every question, node, source, operation and jurisdiction page. */
function everyPage(): string[] {
  return [
    ...new Set([
      ...routes(),
      ...corpus.nodes.filter((n) => n.kind === 'question').map((n) => `/questions/${n.id}`),
      ...corpus.nodes.map((n) => `/node/${n.id}`),
      ...corpus.sources.map((s) => `/sources/${s.id}`),
      ...corpus.operations.map((o) => `/operations/${o.id}`),
      ...corpus.jurisdictions.map((j) => `/jurisdictions/${j.code.toLowerCase()}`),
      ...corpus.nodes.filter((n) => n.kind === 'question').map((n) => `/evaluation?part=${n.id}`),
    ]),
  ];
}

describe('HTML-size budget', () => {
  it(`every page is at most ${PAGE_BUDGET / KB} kB of HTML, a question page at most ${QUESTION_GOAL / KB} kB`, async () => {
    const sizes: [string, number][] = [];
    for (const path of everyPage()) {
      const res = await fetch(baseUrl + path);
      expect(res.status, path).toBe(200);
      sizes.push([path, (await res.arrayBuffer()).byteLength]);
    }
    const over = sizes.filter(([, n]) => n > PAGE_BUDGET);
    const questions = sizes.filter(([p]) => p.startsWith('/questions/'));
    console.log(`question pages: ${questions.filter(([, n]) => n <= QUESTION_GOAL).length} of ${questions.length} within the ${QUESTION_GOAL / KB} kB goal;`, questions.map(([p, n]) => `${p.slice(11)} ${n}`).join(', '));
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log('largest pages (bytes of HTML):', largest.map(([p, n]) => `${p} ${n}`).join(', '));
    expect(over).toEqual([]);
    expect(questions.filter(([, n]) => n > QUESTION_GOAL)).toEqual([]);
  }, 180_000);
});

describe('a 390 × 844 phone', () => {
  it('no route scrolls sideways', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const problems = watchProblems(page, baseUrl);
    const overflowing: string[] = [];
    for (const path of routes()) {
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (path === '/map') await page.waitForSelector('.argument-map-surface[data-ready="true"]', { timeout: 30_000 });
      const { scrollWidth, innerWidth, culprit } = await page.evaluate(() => {
        const w = window.innerWidth;
        // The widest element that sticks out, to name in the failure.
        let culprit = '';
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right > w + 1 && getComputedStyle(el).position !== 'fixed') {
            culprit = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)} px)`;
            break;
          }
        }
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth: w, culprit };
      });
      if (scrollWidth > innerWidth) overflowing.push(`${path}: ${scrollWidth} > ${innerWidth}, ${culprit}`);
    }
    expect(overflowing).toEqual([]);
    expect(problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows holdings as cards: one ruling per block, no table wider than the screen', async () => {
    const question = corpus.holdings[0]!.question;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/questions/${question}`);
    await page.locator('details.holdings-box > summary').click();
    const rows = page.locator('details.holdings-box tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(corpus.holdings.filter((h) => h.question === question).length);
    const layout = await rows.first().evaluate((tr) => ({ display: getComputedStyle(tr).display, width: tr.getBoundingClientRect().width, cells: [...tr.children].map((td) => getComputedStyle(td).display) }));
    expect(layout.display).toBe('block');
    expect(layout.cells.every((d) => d === 'block')).toBe(true);
    expect(layout.width).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('a 1280 px laptop', () => {
  it('the matrix keeps its question column and header in view and scrolls sideways inside its own box', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/matrix`);
    const m = await page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>('.matrix-wrap .table-wrap, .matrix-wrap')!;
      const th = document.querySelector<HTMLElement>('.matrix-table th[scope="row"]')!;
      const head = document.querySelector<HTMLElement>('.matrix-table thead th')!;
      return {
        pageScroll: document.documentElement.scrollWidth,
        wrapRight: wrap.getBoundingClientRect().right,
        overflowX: getComputedStyle(wrap).overflowX,
        rowHeaderPosition: getComputedStyle(th).position,
        headPosition: getComputedStyle(head).position,
        columns: document.querySelectorAll('.matrix-table thead th[scope="col"]').length,
      };
    });
    expect(m.pageScroll).toBeLessThanOrEqual(1280);
    expect(m.wrapRight).toBeLessThanOrEqual(1280);
    expect(['auto', 'scroll']).toContain(m.overflowX);
    expect(m.rowHeaderPosition).toBe('sticky');
    expect(m.headPosition).toBe('sticky');
    expect(m.columns).toBeGreaterThan(0);
    await page.close();
  });

  it('timeline labels are never cut off: each is whole on screen or given in full on hover and focus', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/timeline`);
    // The markers are drawn in the browser (the list under the chart gives the events as text).
    await page.waitForSelector('.timeline-chart[data-ready="true"]');
    const events = page.locator('.timeline-event');
    expect(await events.count()).toBeGreaterThan(0);
    const truncated = await page.evaluate(() => [...document.querySelectorAll('.timeline-labels text')].filter((t) => (t.textContent ?? '').endsWith('…')).length);
    expect(truncated).toBe(0);
    // Every event names itself in full to the keyboard and screen readers (its accessible name) ...
    const named = await events.evaluateAll((els) => els.every((e) => /: .+/.test(e.getAttribute('aria-label') ?? '')));
    expect(named).toBe(true);
    // ... and shows its whole label on hover and on focus, the shortened ones included.
    await page.waitForSelector('.timeline-chart[data-ready="true"]');
    for (const how of ['hover', 'focus'] as const) {
      const e = events.first();
      const label = (await e.getAttribute('aria-label'))!;
      if (how === 'hover') await e.hover();
      else await e.focus();
      const shown = await page.locator('.timeline-hot text').textContent();
      expect(label, how).toContain(shown!.split(' · ').slice(1).join(' · '));
      await page.mouse.move(0, 0);
    }
    await page.close();
  });
});
