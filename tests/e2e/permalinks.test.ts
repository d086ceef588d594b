/**
 * Permalinks on any deployment: with SITE_URL unset at build, pages served under another host name
 * print that host's origin, never the development address; and every copy button says "Copied",
 * on the button and to screen readers.
 * "Served elsewhere" is simulated by sending the requests to the test server on 127.0.0.1 with the
 * Host header of another site (admissible.test), as a reverse proxy or a DNS name would.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';

const baseUrl = inject('baseUrl');
const corpus = indexCorpus(loadCorpus());
const HOST = 'admissible.test';

function fetchAs(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('permalinks served elsewhere', () => {
  const question = corpus.nodes.find((n) => n.kind === 'question')!;
  const position = corpus.nodes.find((n) => n.kind === 'position')!;
  const source = corpus.sources.find((s) => s.identifiers.ecli)!;

  it('the build under test was made without SITE_URL', () => {
    expect(process.env.SITE_URL ?? '', 'run the browser tests against a build without SITE_URL').toBe('');
  });

  it.each([
    '/',
    '/sources',
    '/exports',
    '/map',
    '/matrix',
    '/sitemap.xml',
    '/robots.txt',
    '/embed',
    `/embed/${question.id}`,
    `/questions/${question.id}`,
    `/node/${position.id}`,
    `/sources/${source.id}`,
    `/api/nodes/${position.id}`,
    `/api/sources/${source.id}`,
    '/api/export/svg',
  ])('%s names no development address', async (path) => {
    const { status, body } = await fetchAs(path, HOST);
    expect(status, path).toBe(200);
    expect(body, path).not.toContain('127.0.0.1');
    expect(body, path).not.toMatch(/localhost:\d/);
  });

  it('a node page’s canonical link, citations and JSON-LD use the origin it was requested at', async () => {
    const { body } = await fetchAs(`/node/${position.id}`, HOST);
    const permalink = `http://${HOST}/node/${position.id}`;
    expect(body).toContain(`<link rel="canonical" href="${permalink}"/>`);
    // The Cite box prints the permalink and the references that contain it.
    expect(body).toContain(`href="${permalink}" class="permalink"`);
    const jsonLd = /<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(body)?.[1];
    expect(jsonLd).toBeDefined();
    expect(JSON.parse(jsonLd!)['@graph'][0]['@id']).toBe(permalink);
    // The same page asked for under another name says that name.
    const other = await fetchAs(`/node/${position.id}`, 'mirror.example:8443');
    expect(other.body).toContain(`http://mirror.example:8443/node/${position.id}`);
  });

  it('the sitemap lists the permalinks of the host it was asked at', async () => {
    const { body } = await fetchAs('/sitemap.xml', HOST);
    expect(body).toContain(`<loc>http://${HOST}/node/${position.id}</loc>`);
    expect(body).toContain(`<loc>http://${HOST}/sources/${source.id}</loc>`);
  });

  it('a malformed Host is answered with root-relative links, not an error', async () => {
    const { status, body } = await fetchAs(`/node/${position.id}`, 'bad host"><x>');
    expect([200, 400]).toContain(status);
    if (status === 200) {
      expect(body).not.toContain('bad host');
      expect(body).toContain(`/node/${position.id}`);
    }
  });

  it('the read API carries root-relative permalinks, right on any host', async () => {
    const { body } = await fetchAs(`/api/nodes/${position.id}`, HOST);
    expect(JSON.parse(body).permalink).toBe(`/node/${position.id}`);
  });
});

describe('copy buttons', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('every copy button of a Cite box says "Copied" visibly and in the live region, and copies its text', async () => {
    const node = corpus.nodes.find((n) => n.kind === 'position')!;
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/node/${node.id}`, { waitUntil: 'networkidle' });
    await page.locator('.cite-box[data-ready="true"]').waitFor();
    const status = page.locator('.cite-box [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const buttons = page.locator('.cite-box button.copy');
    const count = await buttons.count();
    expect(count).toBe(4);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      const key = (await button.getAttribute('data-copy'))!;
      await button.click();
      await page.locator(`.cite-box button[data-copy="${key}"][data-copied="true"]`).waitFor();
      expect((await button.innerText()).trim()).toMatch(/^Copied\b/);
      expect(await status.textContent()).toMatch(/^Copied: /);
      const expected = key === 'permalink' ? await page.locator('.cite-box a.permalink').textContent() : await page.locator(`.cite-text[data-style="${key}"]`).textContent();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      // Only the button just used says "Copied".
      expect(await page.locator('.cite-box button[data-copied="true"]').count()).toBe(1);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
