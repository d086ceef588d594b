/**
 * Cite, in a real browser against the built site: a position's permalink page and its Cite box
 * (copying the OSCOLA reference), a source page's official links, the bibliography's BibTeX
 * download read back through citation-js, the embed and framing rules, and axe on every Cite page.
 * Subjects are picked from whatever corpus is loaded (ADMISSIBLE_DATA_DIR or data/).
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { citationJs } from '@/lib/cite/engine';
import { ecliResolverUrl, eurLexUrl } from '@/lib/cite/official-links';
import { formatSource } from '@/lib/cite/cite';

const baseUrl = inject('baseUrl');
const corpus = indexCorpus(loadCorpus());
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
  await browser.close();
});

function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

/** axe-core in the light and the dark theme, at desktop and at phone width. */
async function expectNoAxeViolations(page: Page) {
  const viewport = page.viewportSize();
  for (const [colorScheme, width] of [['light', viewport?.width ?? 1280], ['dark', 375]] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 800 });
    expect(await axeViolations(page), `${colorScheme} theme, ${width}px wide`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (viewport) await page.setViewportSize(viewport);
}

describe('cite', () => {
  it("a node page says where a pinpoint's number was read, and why a citation has no pinpoint", async () => {
    const cited = corpus.nodes.flatMap((n) => n.citations.map((c) => ({ node: n, citation: c })));
    const readElsewhere = cited.find((x) => x.citation.pinpoint?.seenAt);
    const unpinned = cited.find((x) => x.citation.unpinned);
    expect(readElsewhere, 'a citation whose pinpoint was read at a reproduction').toBeDefined();
    expect(unpinned, 'a citation that says why it has no pinpoint').toBeDefined();
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/node/${readElsewhere!.node.id}`, { waitUntil: 'networkidle' });
    const link = page.locator(`main a[href="${readElsewhere!.citation.pinpoint!.seenAt}"]`).first();
    expect(await link.textContent()).toBe(new URL(readElsewhere!.citation.pinpoint!.seenAt!).hostname.replace(/^www\./, ''));
    await page.goto(`${baseUrl}/node/${unpinned!.node.id}`, { waitUntil: 'networkidle' });
    // The note may be followed by a "Suggest a pinpoint" link.
    const notes = await page.locator('main .unpinned').allTextContents();
    expect(notes.some((t) => t.startsWith(`No paragraph or page given: ${unpinned!.citation.unpinned}`)), notes.join(' | ')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a position page has its metadata, breadcrumbs to its question, and copies its OSCOLA citation', async () => {
    const position = corpus.nodes.find((n) => n.kind === 'position');
    expect(position, 'the loaded corpus has a position').toBeDefined();
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/node/${position!.id}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(position!.title);
    expect(await page.title()).toContain(position!.title);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(position!.title);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/node/${position!.id}$`));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@graph'][0]).toMatchObject({ '@type': 'Claim', name: position!.title });
    const question = corpus.graph.rootOf(position!.id)!;
    expect(await page.locator(`nav.breadcrumbs a[href="/questions/${question}"]`).count()).toBe(1);

    await page.locator('.cite-box[data-ready="true"]').waitFor();
    const oscola = (await page.locator('.cite-text[data-style="oscola"]').textContent())!;
    expect(oscola).toContain(canonical!);
    expect(oscola).toContain(corpus.version);
    const today = new Date().toISOString().slice(0, 10);
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    expect(oscola).toContain(`accessed ${d} ${month} ${y}`);
    await page.locator('button[data-copy="oscola"]').click();
    await page.locator('.cite-status', { hasText: 'copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oscola);
    for (const style of ['apa', 'chicago']) expect(await page.locator(`.cite-text[data-style="${style}"]`).textContent()).toContain(canonical!);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a source page links to the official resolvers and lists who cites it with pinpoints', async () => {
    const source = corpus.sources.find((s) => s.identifiers.ecli) ?? corpus.sources.find((s) => s.identifiers.celex) ?? corpus.sources[0]!;
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/sources/${source.id}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(source.title);
    expect(await page.locator('a[data-link-kind="source"]').getAttribute('href')).toBe(source.url);
    if (source.identifiers.ecli) expect(await page.locator('a[data-link-kind="ecli"]').getAttribute('href')).toBe(ecliResolverUrl(source.identifiers.ecli));
    if (source.identifiers.celex) expect(await page.locator('a[data-link-kind="eur-lex"]').getAttribute('href')).toBe(eurLexUrl(source.identifiers.celex));
    const citing = corpus.nodes.filter((n) => n.citations.some((c) => c.source === source.id));
    expect(await page.locator('.cited-by li').count()).toBe(corpus.nodes.flatMap((n) => n.citations.filter((c) => c.source === source.id)).length);
    for (const n of citing) expect(await page.locator(`.cited-by a[href$="/${n.id}"]`).count(), n.id).toBeGreaterThan(0);
    await page.locator('.cite-box[data-ready="true"]').waitFor();
    expect(await page.locator('.cite-text[data-style="oscola"]').textContent()).toBe(formatSource(source, { jurisdictions: corpus.jurisdictions }, 'oscola'));
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the bibliography downloads as BibTeX that citation-js reads back, whole and filtered', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    // The list comes in pages of 80; together they hold every source once.
    const listed: string[] = [];
    for (let n = 1; n <= Math.ceil(corpus.sources.length / 80); n++) {
      await page.goto(`${baseUrl}/sources?page=${n}`, { waitUntil: 'networkidle' });
      listed.push(...(await page.locator('ol.bibliography > li').evaluateAll((els) => els.map((e) => e.id))));
    }
    expect(listed.sort()).toEqual(corpus.sources.map((s) => s.id).sort());
    await page.goto(`${baseUrl}/sources`, { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="bibtex"]').click()]);
    const bibtex = readFileSync((await download.path())!, 'utf8');
    const Cite = citationJs();
    expect(new Cite(bibtex).data.map((d) => d.id).sort()).toEqual(corpus.sources.map((s) => s.id).sort());
    await expectNoAxeViolations(page);

    // The filter form on a freshly loaded page: a download just before must not share its navigation.
    const jurisdiction = corpus.sources[0]!.jurisdiction;
    await page.goto(`${baseUrl}/sources`, { waitUntil: 'networkidle' });
    await page.locator('select[name="jurisdiction"]').selectOption(jurisdiction);
    await Promise.all([page.waitForURL(/jurisdiction=/, { waitUntil: 'commit' }), page.locator('.filters button[type="submit"]').click()]);
    await page.locator('h2#list', { hasText: 'Matching sources' }).waitFor();
    const expected = corpus.sources.filter((s) => s.jurisdiction === jurisdiction).map((s) => s.id).sort();
    expect(await page.locator('ol.bibliography > li').count()).toBe(Math.min(80, expected.length));
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="bibtex"]').click()]);
    expect(new Cite(readFileSync((await filtered.path())!, 'utf8')).data.map((d) => d.id).sort()).toEqual(expected);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the exports page and the embed pass axe; only /embed may be framed', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/exports`, { waitUntil: 'networkidle' });
    await page.locator('.picture-downloads[data-ready="true"]').waitFor();
    await expectNoAxeViolations(page);
    // The PNG is drawn from the SVG in the browser: a real PNG file, not an error message.
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="png"]').click()]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.suggestedFilename()).toBe(`admissible-map-${corpus.version}.png`);
    const question = corpus.nodes.find((n) => n.kind === 'question')!;
    await page.goto(`${baseUrl}/embed/${question.id}`, { waitUntil: 'networkidle' });
    expect(await page.locator('svg g.node').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);

    const framing = await browser.context.newPage();
    await framing.goto(`${baseUrl}/api/graph`);
    const [embed, node] = await Promise.all([fetch(`${baseUrl}/embed/${question.id}`), fetch(`${baseUrl}/node/${question.id}`)]);
    // The framing rule is the frame-ancestors directive of each page's Content-Security-Policy.
    const frameAncestors = (res: Response) => /(?:^|;)\s*frame-ancestors ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]?.trim();
    expect(frameAncestors(embed)).toBe('*');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(frameAncestors(node)).toBe("'none'");
    expect(node.headers.get('x-frame-options')).toBe('DENY');
    await framing.setContent(`<iframe id="ok" src="${baseUrl}/embed/${question.id}"></iframe><iframe id="no" src="${baseUrl}/node/${question.id}"></iframe>`);
    await framing.waitForTimeout(1500);
    const frames = framing.frames().filter((f) => f !== framing.mainFrame());
    const embedded = frames.find((f) => f.url().includes('/embed/'));
    expect(embedded && (await embedded.locator('svg').count())).toBeGreaterThan(0);
    expect(frames.some((f) => f.url().includes(`/node/`) && f.url().startsWith(baseUrl))).toBe(false);
    await framing.close();
    await page.close();
  });

  it('the read API answers with ETag and cache headers, and 304 when the client has it', async () => {
    const node = corpus.nodes[0]!;
    const source = corpus.sources[0]!;
    for (const path of ['/api/graph', `/api/nodes/${node.id}`, `/api/sources/${source.id}`]) {
      const first = await fetch(baseUrl + path);
      expect(first.status, path).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^application\/json/);
      // Live answers (community contributions included): stored, but revalidated every time.
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      const body = await first.json();
      expect(body.datasetVersion).toBe(corpus.version);
      const etag = first.headers.get('etag')!;
      expect(etag, path).toBeTruthy();
      // node:http, as a browser revalidating its copy would: fetch() adds "Cache-Control: no-cache"
      // to a request with If-None-Match, which asks the server to ignore validators.
      expect(await statusOf(baseUrl + path, { 'If-None-Match': etag }), path).toBe(304);
    }
    expect((await fetch(`${baseUrl}/api/nodes/${node.id}`).then((r) => r.json())).node.id).toBe(node.id);
    expect((await fetch(`${baseUrl}/api/nodes/no-such-node`)).status).toBe(404);
  });
});
