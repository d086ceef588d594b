/**
 * The view on screen as SVG, PNG and embed: what is exported is the view in the map's URL
 * (focus, filters, zoom), drawn by the map's own renderer, and /embed shows that same view.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { loadCorpus } from '@/lib/data/read';
import type { MapData } from '@/lib/map/encoding';

const baseUrl = inject('baseUrl');
const corpus = loadCorpus();
let browser: Browser;
let data: MapData;

beforeAll(async () => {
  browser = await launchBrowser();
  data = (await (await fetch(`${baseUrl}/api/map/layout`)).json()) as MapData;
});
afterAll(async () => {
  await browser.close();
});

const subject = () => corpus.nodes.find((n) => n.kind === 'position')!;

describe('exports of the map view', () => {
  it('downloads the view on screen as SVG and PNG, and gives embed code for the same view', async () => {
    const node = subject();
    const i = data.ids.indexOf(node.id);
    const page = await browser.context.newPage();
    const problems = watchProblems(page, baseUrl);
    await page.goto(`${baseUrl}/map?focus=${node.id}&jur=${node.jurisdictions[0] ?? 'EU'}&z=${Math.round(data.x[i]!)},${Math.round(data.y[i]!)},1`);
    await page.waitForSelector('.argument-map-surface[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('.map-view-exports[data-ready="true"]');

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.map-view-exports button[data-format="svg"]').click()]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/^admissible-map-view-[0-9a-f]{12}\.svg$/);
    expect(svg).toMatch(/^<svg /);
    // The focused node is drawn with its title, at full opacity, framed in the focus colour.
    expect(svg).toMatch(new RegExp(`<g id="n-${node.id}" opacity="1">\\s*<rect[^>]*stroke="#b3471d"`));
    const box = (await page.locator('.argument-map-surface').boundingBox())!;
    expect(svg).toContain(`width="${Math.round(box.width)}" height="${Math.round(box.height)}"`);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.map-view-exports button[data-format="png"]').click()]);
    expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString('latin1')).toBe('PNG');

    await page.locator('.map-view-exports button[data-format="embed"]').click();
    const code = await page.locator('.map-view-exports textarea').inputValue();
    const src = /src="([^"]+)"/.exec(code)![1]!;
    expect(new URL(src).pathname).toBe('/embed');
    expect(new URL(src).searchParams.get('focus')).toBe(node.id);
    expect(problems).toEqual([]);
    await page.close();

    // The embed shows the same view (same renderer, same focus) with a link back to it, and passes axe.
    const embed = await browser.context.newPage();
    const embedProblems = watchProblems(embed, baseUrl);
    await embed.goto(src.replace(new URL(src).origin, baseUrl), { waitUntil: 'networkidle' });
    expect(await embed.locator(`svg g[id="n-${node.id}"]`).count()).toBe(1);
    const back = await embed.locator('a', { hasText: 'Open this view in Admissible' }).getAttribute('href');
    expect(new URL(back!).searchParams.get('focus')).toBe(node.id);
    expect(await axeViolations(embed)).toEqual([]);
    expect(embedProblems).toEqual([]);
    await embed.close();
  });

  it('refuses a malformed date with a clear error, not a broken picture', async () => {
    const res = await fetch(`${baseUrl}/api/map/svg?asOf=2024-02-30`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/asOf must be a day as YYYY-MM-DD/);
  });
});
