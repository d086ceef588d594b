import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
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
