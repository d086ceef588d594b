/**
 * The brief builder in a real browser: five nodes and rulings collected with "Add to brief" from
 * their pages, reordered by keyboard, shared by URL, and downloaded as Markdown and DOCX with
 * footnotes (the DOCX read back as XML, and opened by LibreOffice where it is installed).
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { axeViolations } from '../support/axe';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';

const baseUrl = inject('baseUrl');
const corpus = indexCorpus(loadCorpus());
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const positions = corpus.nodes.filter((n) => n.kind === 'position').slice(0, 3).map((n) => n.id);
const argument = corpus.nodes.find((n) => n.kind === 'argument')!.id;
const ruling = corpus.sources.find((s) => s.type === 'judgment' && s.court)!.id;

describe('brief builder', () => {
  it('collects five items from their pages, reorders them by keyboard, and downloads Markdown and DOCX with footnotes', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    const pages = [...positions.map((id) => `/node/${id}`), `/node/${argument}`, `/sources/${ruling}`];
    for (const path of pages) {
      await page.goto(baseUrl + path);
      await page.getByRole('link', { name: /^Add to brief/ }).click();
      await page.waitForURL(/\/brief\?items=/);
    }
    const expected = [...positions, argument, ruling];
    expect(new URL(page.url()).searchParams.get('items')).toBe(expected.join(','));
    await expect.poll(() => page.locator('.brief-entries > li').count()).toBe(5);

    // Keyboard: focus the first entry's "Move down" and press Enter.
    const moveDown = page.getByRole('link', { name: /^Move down/ }).first();
    await moveDown.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('items')?.startsWith(`${positions[1]},${positions[0]}`) ?? false);

    // The brief is in the URL: a fresh page with the same address shows the same brief.
    const shared = await browser.context.newPage();
    await shared.goto(page.url());
    expect(await shared.locator('.brief-entries > li h2').allTextContents()).toEqual(await page.locator('.brief-entries > li h2').allTextContents());
    await shared.close();

    const mdHref = await page.getByRole('link', { name: 'Markdown' }).getAttribute('href');
    const md = await (await fetch(baseUrl + mdHref)).text();
    const defs = [...md.matchAll(/^\[\^(\d+)\]: /gm)];
    expect(defs.length).toBeGreaterThanOrEqual(5);
    expect(md).toContain(`dataset version ${corpus.version}`);
    expect(md).toContain('## Bibliography');

    const docxHref = await page.getByRole('link', { name: 'Word (DOCX)' }).getAttribute('href');
    const res = await fetch(baseUrl + docxHref);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document.match(/<w:footnoteReference /g)?.length).toBe(defs.length);
    expect(XMLValidator.validate(await zip.file('word/footnotes.xml')!.async('string'))).toBe(true);

    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
    if (soffice) {
      const dir = mkdtempSync(join(tmpdir(), 'admissible-docx-'));
      writeFileSync(join(dir, 'brief.docx'), bytes);
      execFileSync(soffice, ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'brief.docx')], { timeout: 120_000 });
      expect(readdirSync(dir)).toContain('brief.txt');
    }

    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers 400 naming the parameter for an unknown style, a malformed asOf or an unknown node', async () => {
    for (const [query, parameter] of [
      [`items=${positions[0]}&style=bluebook&format=md`, 'style'],
      [`items=${positions[0]}&asOf=2024-02-31&format=md`, 'asOf'],
      [`items=${positions[0]},pos-no-such-node&format=docx`, 'items'],
      [`items=${positions[0]}&format=pdf`, 'format'],
    ] as const) {
      const res = await fetch(`${baseUrl}/api/brief?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).errors[0].parameter, query).toBe(parameter);
    }
    const page = await fetch(`${baseUrl}/brief?items=${positions[0]}&style=bluebook`);
    expect(page.status).toBeLessThan(500);
    expect(await page.text()).toContain('unknown style');
  });
});
