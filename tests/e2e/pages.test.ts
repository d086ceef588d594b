import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { loadCorpus } from '@/lib/data/read';
import { citationCoverage } from '@/lib/data/coverage';

const baseUrl = inject('baseUrl');
const corpus = loadCorpus();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('site pages', () => {
  it('home page explains the site, lists every question and logs no console error', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
    expect(await page.locator('h1').count()).toBe(1);
    const questions = corpus.nodes.filter((n) => n.kind === 'question');
    expect(questions.length).toBeGreaterThanOrEqual(2);
    for (const q of questions) {
      expect(await page.locator(`a[href="/questions/${q.id}"]`).count(), q.id).toBe(1);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a question page shows its positions with attribution and citations, without console errors', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    const question = corpus.nodes.find((n) => n.kind === 'question')!;
    const positions = corpus.nodes.filter((n) => n.kind === 'position' && n.links.some((l) => l.relation === 'answers' && l.target === question.id));
    await page.goto(`${baseUrl}/questions/${question.id}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(question.title);
    for (const p of positions) {
      const card = page.locator(`article[id="${p.id}"]`).first();
      expect(await card.count(), p.id).toBe(1);
      expect(await card.locator('.attribution').first().textContent()).toBeTruthy();
    }
    const first = positions[0]!;
    const sourceTitle = corpus.sources.find((s) => s.id === first.citations[0]!.source)!.title;
    await page.locator(`article[id="${first.id}"] > details > summary`).click();
    expect(await page.locator(`article[id="${first.id}"] > details .citations`).first().textContent()).toContain(sourceTitle);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a question page loads its rulings when opened; a link to one ruling opens the list at that ruling; without JavaScript it points to the full list", async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    const question = corpus.nodes.find((n) => n.kind === 'question' && corpus.holdings.filter((h) => h.question === n.id).length > 5)!;
    const holdings = corpus.holdings.filter((h) => h.question === question.id);
    await page.goto(`${baseUrl}/questions/${question.id}`, { waitUntil: 'networkidle' });
    // Nothing of the rulings is in the page until the reader asks for them.
    expect(await page.locator('details.holdings-box tbody tr').count()).toBe(0);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/api/questions/${question.id}/holdings`)), page.locator('details.holdings-box > summary').click()]);
    expect(response.status()).toBe(200);
    await page.locator('details.holdings-box tbody tr').first().waitFor();
    expect((await page.locator('details.holdings-box tbody tr').evaluateAll((rows) => rows.map((r) => r.id))).sort()).toEqual(holdings.map((h) => h.id).sort());
    expect(await axeViolations(page)).toEqual([]);

    // A link to one ruling, as the matrix and the rulings list give it.
    const target = holdings[holdings.length - 1]!;
    await page.goto(`${baseUrl}/questions/${question.id}#${target.id}`, { waitUntil: 'networkidle' });
    const row = page.locator(`tr[id="${target.id}"]`);
    await row.waitFor();
    expect(await page.locator('details.holdings-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target.id);
    expect(await row.evaluate((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight; })).toBe(true);
    expect(problems).toEqual([]);
    await page.close();

    const plain = await launchBrowser({ javaScriptEnabled: false });
    try {
      const noJs = await plain.context.newPage();
      await noJs.goto(`${baseUrl}/questions/${question.id}`);
      await noJs.locator('details.holdings-box > summary').click();
      const list = noJs.locator('details.holdings-box a', { hasText: 'list of rulings on this question' });
      expect(await list.getAttribute('href')).toBe(`/rulings?question=${question.id}`);
      await Promise.all([noJs.waitForURL(/\/rulings\?question=/, { waitUntil: 'commit' }), list.click()]);
      for (const h of holdings) expect(await noJs.locator(`[id="${h.id}"], a[href$="#${h.id}"]`).count(), h.id).toBeGreaterThan(0);
    } finally {
      await plain.close();
    }
  });

  it("a withdrawn node's permalink says when and why it left the map, and is not indexed", async () => {
    const gone = corpus.withdrawn?.[0];
    expect(gone, 'data/withdrawn.json lists a node').toBeDefined();
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    const res = await page.goto(`${baseUrl}/node/${gone!.id}`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(gone!.title);
    expect(await page.locator('main [role=note]').textContent()).toContain(gone!.reason);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toContain('noindex');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the about page explains every verification status and the licences', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/about`, { waitUntil: 'networkidle' });
    const text = (await page.textContent('main')) ?? '';
    for (const word of ['Verified', 'Secondary', 'Partly verified', 'Unverified', 'CC BY-SA 4.0', 'MIT']) expect(text).toContain(word);
    // The pinpoint figures are the corpus's own, as the data test computes them.
    const c = citationCoverage(corpus);
    const pinpoints = ((await page.textContent('#pinpoints + p + p')) ?? '').replace(/\s+/g, ' ');
    expect(pinpoints).toContain(`Of the ${c.pinpointable} that cite a numbered ruling, law or report, ${c.pinpointed} (`);
    expect(pinpoints).toContain(`${c.holdingsPinpointed} of the ${c.holdings} holdings carry a pinpoint`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
