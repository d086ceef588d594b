/**
 * As of a date everywhere: a question page opened with asOf keeps it on every internal link, the
 * banner stays while following links, the page shows the debate of that day, and a malformed asOf
 * is a 400 that names the parameter, for pages and the API alike.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { loadCorpus } from '@/lib/data/read';
import { corpusAsOf } from '@/lib/graph/replay';

const baseUrl = inject('baseUrl');
const full = loadCorpus();
// A day on which a question had a position citing a source, while another of its positions came later.
type Pick = { asOf: string; question: (typeof full.nodes)[number]; position: (typeof full.nodes)[number]; later: (typeof full.nodes)[number] | undefined };
function pick(): Pick | undefined {
  const days = [...new Set(full.nodes.map((n) => (n.kind === 'question' ? '' : n.firstStated)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))].sort();
  for (const asOf of days) {
    const dated = corpusAsOf(full, asOf);
    const ids = new Set(dated.nodes.map((n) => n.id));
    for (const question of dated.nodes.filter((n) => n.kind === 'question')) {
      const answers = (n: (typeof full.nodes)[number]) => n.kind === 'position' && n.links.some((l) => l.target === question.id);
      const position = dated.nodes.find((p) => answers(p) && p.citations.length);
      const later = full.nodes.find((n) => answers(n) && !ids.has(n.id));
      if (position && later) return { asOf, question, position, later };
    }
  }
  return undefined;
}
const chosen = pick();
const AS_OF = chosen?.asOf ?? '2024-06-01';
const question = chosen?.question ?? full.nodes.find((n) => n.kind === 'question')!;
const position = chosen?.position ?? full.nodes.find((n) => n.kind === 'position')!;
const later = chosen?.later;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Internal links of the page that should carry the date (not the way back to today, not downloads or files). */
async function undatedLinks(page: import('playwright-core').Page): Promise<string[]> {
  return page.$$eval('a[href^="/"]', (as) =>
    as
      .filter((a) => !a.hasAttribute('data-asof-exempt') && !a.hasAttribute('download') && !/^\/(?:_next|api-data|icon\.svg|favicon\.ico|robots\.txt|sitemap\.xml)/.test(a.getAttribute('href')!))
      .map((a) => a.getAttribute('href')!)
      .filter((href) => new URL(href, location.origin).searchParams.get('asOf') === null),
  );
}

describe('as of a date', () => {
  it('the test data has a question, a position of that day and one stated later', () => {
    expect(question).toBeDefined();
    expect(position).toBeDefined();
    expect(later, 'a position of the question stated after the date').toBeDefined();
  });

  it('a question page keeps asOf on all its internal links, shows that day’s debate, and three links on the banner is still there', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/questions/${question.id}?asOf=${AS_OF}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.asof-site').isVisible()).toBe(true);
    expect(await page.locator('.asof-site time').getAttribute('datetime')).toBe(AS_OF);
    expect(await page.locator('.asof-site a').getAttribute('href')).toBe(`/questions/${question.id}`);
    const total = await page.locator('a[href^="/"]').count();
    expect(total).toBeGreaterThan(5);
    expect(await undatedLinks(page)).toEqual([]);
    // The position stated after the date is not on the page; one of that day is.
    expect(await page.locator(`a[href^="/node/${later!.id}"]`).count()).toBe(0);
    expect(await page.locator(`a[href^="/node/${position.id}"]`).count()).toBeGreaterThan(0);

    // 1: to the position's page.
    await Promise.all([page.waitForURL(`**/node/${position.id}?asOf=${AS_OF}`), page.locator(`a[href^="/node/${position.id}"]`).first().click()]);
    await page.locator('.asof-site').waitFor();
    expect(await undatedLinks(page)).toEqual([]);
    await page.locator('.cite-box[data-ready="true"]').waitFor();
    const oscola = await page.locator('.cite-text[data-style="oscola"]').textContent();
    expect(oscola).toContain(`as of ${AS_OF}`);
    expect(oscola).toContain(`/node/${position.id}?asOf=${AS_OF}`);
    // 2: to one of its sources.
    await Promise.all([page.waitForURL(`**/sources/*?asOf=${AS_OF}`), page.locator('.source-refs a[href^="/sources/"]').first().click()]);
    await page.locator('.asof-site').waitFor();
    expect(await undatedLinks(page)).toEqual([]);
    // 3: through the site's navigation, to the matrix.
    await Promise.all([page.waitForURL(`**/matrix?asOf=${AS_OF}`), page.locator('.site-nav a', { hasText: 'Matrix' }).click()]);
    await page.locator('.asof-site').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
    // Back to today.
    await Promise.all([page.waitForURL(`**/matrix`), page.locator('.asof-site a').click()]);
    expect(await page.locator('.asof-site').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a node stated after the date says so instead of showing it', async () => {
    const res = await fetch(`${baseUrl}/node/${later!.id}?asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect((await res.text()).replaceAll('<!-- -->', '')).toContain(`Not yet part of the debate on ${AS_OF}`);
  });

  it('the read API answers as of the date too: the graph of that day, and no node stated later', async () => {
    const today = await (await fetch(`${baseUrl}/api/graph`)).json();
    const dated = await (await fetch(`${baseUrl}/api/graph?asOf=${AS_OF}`)).json();
    const ids = (doc: { nodes: { id: string }[] }) => new Set(doc.nodes.map((n) => n.id));
    expect(ids(dated)).toEqual(new Set(corpusAsOf(full, AS_OF).nodes.map((n) => n.id)));
    expect(ids(dated).size).toBeLessThan(ids(today).size);
    expect((await fetch(`${baseUrl}/api/nodes/${later!.id}?asOf=${AS_OF}`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/api/nodes/${position.id}?asOf=${AS_OF}`)).status).toBe(200);
  });

  it.each([
    `/questions/${question?.id}`,
    `/node/${position?.id}`,
    '/sources',
    '/matrix',
    '/map',
    '/api/nodes/x',
    '/api/graph',
    '/api/evaluation',
    '/api/export/ris',
  ])('a malformed asOf on %s is a 400 naming the parameter', async (path) => {
    for (const bad of ['2024-02-30', 'yesterday', '"><script>']) {
      const res = await fetch(`${baseUrl}${path}?asOf=${encodeURIComponent(bad)}`);
      expect(res.status, `${path} ${bad}`).toBe(400);
      const body = await res.text();
      expect(body, path).toMatch(/asOf: .* is not a date in the form YYYY-MM-DD/);
      if (path.startsWith('/api/')) expect(JSON.parse(body).parameter).toBe('asOf');
      else expect(body).not.toContain('<script>');
    }
  });
});
