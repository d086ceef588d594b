/**
 * Browser tests of /map against `next start`, with subjects picked from whatever corpus is loaded
 * (data/, or ADMISSIBLE_DATA_DIR such as a synthetic corpus from `npm run synthetic`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser, watchProblems, type Browser, openMap as openMapPage } from '../support/browser';
import { loadCorpus } from '@/lib/data/read';
import type { MapData } from '@/lib/map/encoding';
import { reasonOnly } from '@/lib/map/evaluation';

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

const openMap = (path?: string) => openMapPage(browser, baseUrl, path);

const at = (id: string) => data.ids.indexOf(id);
/** A node with citations whose title is unique, so a search for it has one best answer. */
function subject(kind: 'position' | 'argument' = 'position') {
  const titles = new Map<string, number>();
  for (const n of corpus.nodes) titles.set(n.title, (titles.get(n.title) ?? 0) + 1);
  const node = corpus.nodes.find((n) => n.kind === kind && n.citations.length > 0 && titles.get(n.title) === 1) ?? corpus.nodes.find((n) => n.citations.length > 0)!;
  return node;
}

describe('the argument map', () => {
  it('has nodes to show', () => {
    expect(corpus.nodes.length, 'the loaded corpus has no node; set ADMISSIBLE_DATA_DIR to a synthetic corpus').toBeGreaterThan(0);
    expect(data.ids.length).toBe(corpus.nodes.length);
  });

  it('clicking a node opens the side panel with its text, who advances it and every citation', async () => {
    const node = subject();
    const i = at(node.id);
    const { page, problems } = await openMap(`/map?z=${data.x[i]},${data.y[i]},1`);
    const box = (await page.locator('.argument-map-surface').boundingBox())!;
    const [tx, ty, k] = (await page.locator('.argument-map-surface').getAttribute('data-transform'))!.split(',').map(Number) as [number, number, number];
    await page.mouse.click(box.x + data.x[i]! * k + tx, box.y + data.y[i]! * k + ty);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, node.id);
    const panel = page.locator('.node-panel');
    await panel.locator('h2', { hasText: node.title }).waitFor();
    expect(await panel.textContent()).toContain(node.text);
    const citations = panel.locator('ul.citations > li');
    expect(await citations.count()).toBe(node.citations.length);
    for (const c of node.citations) {
      const source = corpus.sources.find((s) => s.id === c.source)!;
      expect(await panel.locator('ul.citations').textContent()).toContain(source.title);
    }
    expect(await panel.locator(`a[href="${node.kind === 'question' ? '/questions/' : '/node/'}${node.id}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by jurisdiction, fading the rest, and says how many nodes match', async () => {
    const counts = new Map<string, number>();
    for (const n of corpus.nodes) for (const j of n.jurisdictions) counts.set(j, (counts.get(j) ?? 0) + 1);
    const [code, expected] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const { page, problems } = await openMap();
    await page.locator('.map-filters > summary').click();
    await page.locator(`fieldset[data-facet="jurisdictions"] input[value="${code}"]`).check();
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('jur') === c, code);
    expect(await page.locator('.map-status').textContent()).toContain(`${expected} match the filters`);
    // The outline drops nodes that neither match nor lead to a match.
    const shown = await page.locator('[role="treeitem"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (const id of shown) {
      const n = corpus.nodes.find((x) => x.id === id)!;
      const leads = (nid: string): boolean => {
        const m = corpus.nodes.find((x) => x.id === nid)!;
        return m.jurisdictions.includes(code) || data.parent.some((p, c) => p === at(nid) && leads(data.ids[c]!));
      };
      expect(leads(n.id), `${id} shown under the ${code} filter`).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search finds a node by its title and focuses the map on it', async () => {
    const node = subject('argument');
    const { page, problems } = await openMap();
    await page.locator('#map-search-input').fill(node.title);
    await page.locator(`#map-search-results [role="option"][data-id="${node.id}"]`).waitFor();
    await page.locator('#map-search-input').press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, node.id);
    await page.locator('.node-panel h2', { hasText: node.title }).waitFor();
    expect(await page.locator(`[role="treeitem"][data-id="${node.id}"]`).getAttribute('aria-selected')).toBe('true');
    // The map centred on it (after the short reveal animation).
    await page.waitForTimeout(600);
    const box = (await page.locator('.argument-map-surface').boundingBox())!;
    const [tx, ty, k] = (await page.locator('.argument-map-surface').getAttribute('data-transform'))!.split(',').map(Number) as [number, number, number];
    const i = at(node.id);
    expect(Math.abs(data.x[i]! * k + tx - box.width / 2)).toBeLessThan(box.width / 2);
    expect(Math.abs(data.y[i]! * k + ty - box.height / 2)).toBeLessThan(box.height / 2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keyboard alone moves through the outline, and each move focuses the map', async () => {
    const { page, problems } = await openMap();
    for (let n = 0; n < 40; n++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    const first = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await page.keyboard.press('ArrowRight'); // open the first question
    await page.keyboard.press('ArrowDown'); // its first child
    const second = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    expect(second).not.toBe(first);
    expect(data.parent[at(second!)]).toBe(at(first!));
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, second);
    await page.locator('.node-panel h2', { hasText: data.titles[at(second!)]! }).waitFor();
    await page.keyboard.press('ArrowLeft'); // back to the parent
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, first);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a shared URL restores the same view: focus, filters, date, zoom', async () => {
    const node = subject();
    const i = at(node.id);
    const asOf = data.dateRange[1];
    const kind = corpus.actors.find((a) => node.advancedBy.includes(a.id))!.kind;
    const path = `/map?focus=${node.id}&asOf=${asOf}&actor=${kind}&z=${data.x[i]},${data.y[i]},0.75`;
    const { page, problems } = await openMap(path);
    await page.locator('.node-panel h2', { hasText: node.title }).waitFor();
    const url = new URL(page.url());
    const transform = await page.locator('.argument-map-surface').getAttribute('data-transform');
    expect(url.searchParams.get('focus')).toBe(node.id);
    expect(url.searchParams.get('asOf')).toBe(asOf);
    expect(url.searchParams.get('actor')).toBe(kind);
    expect(await page.locator('#map-as-of').inputValue()).toBe(asOf);
    await page.locator('.map-filters > summary').click();
    expect(await page.locator(`fieldset[data-facet="actorKinds"] input[value="${kind}"]`).isChecked()).toBe(true);
    // Pan a little so the URL records a new zoom, then restore that URL in a fresh page.
    await page.locator('.argument-map-surface').focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('z') !== t, url.searchParams.get('z'));
    const shared = page.url();
    const sharedTransform = await page.locator('.argument-map-surface').getAttribute('data-transform');
    expect(sharedTransform).not.toBe(transform);
    const again = await openMap(shared.slice(baseUrl.length));
    await again.page.locator('.node-panel h2', { hasText: node.title }).waitFor();
    expect(again.page.url()).toBe(shared);
    const [ax, ay, ak] = (await again.page.locator('.argument-map-surface').getAttribute('data-transform'))!.split(',').map(Number) as [number, number, number];
    const [bx, by, bk] = sharedTransform!.split(',').map(Number) as [number, number, number];
    expect(Math.abs(ax - bx)).toBeLessThan(2);
    expect(Math.abs(ay - by)).toBeLessThan(2);
    expect(Math.abs(ak - bk) / bk).toBeLessThan(0.01);
    expect([...problems, ...again.problems]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('axe-core finds no accessibility violation, with and without a focused node and the evaluation overlay', async () => {
    for (const path of ['/map', `/map?focus=${subject().id}`, `/map?focus=${subject().id}&eval=1&evalJur=${data.dict.jurisdictions[0]?.code ?? 'EU'}`]) {
      const { page, problems } = await openMap(path);
      if (path.includes('focus')) await page.locator('.node-panel h2', { hasText: subject().title }).waitFor();
      if (path.includes('eval=1')) await page.locator('.node-panel-eval[data-eval-label]:not([data-eval-label=""]) .node-panel-eval-why').waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('the evaluation overlay labels the focused node in the panel, with its explanation, as /api/evaluation gives it', async () => {
    type Overlay = { labels: Record<string, { label: string; explanation: string }> };
    const overlay = (await (await fetch(`${baseUrl}/api/evaluation`)).json()) as Overlay;
    const id = data.ids.find((x) => overlay.labels[x]);
    expect(id, 'the loaded corpus has no labelled position or argument').toBeDefined();
    const i = at(id!);
    const { page, problems } = await openMap(`/map?z=${data.x[i]},${data.y[i]},1`);
    await page.getByLabel('Evaluation', { exact: true }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('eval') === '1');
    // The plain note that this is a formal property of the map, with the way to the evaluation page.
    expect(await page.locator('.map-eval-note').textContent()).toContain('not a legal verdict');
    expect(await page.locator('.map-eval-note a[href="/evaluation"]').count()).toBe(1);
    const box = (await page.locator('.argument-map-surface').boundingBox())!;
    const [tx, ty, k] = (await page.locator('.argument-map-surface').getAttribute('data-transform'))!.split(',').map(Number) as [number, number, number];
    await page.mouse.click(box.x + data.x[i]! * k + tx, box.y + data.y[i]! * k + ty);
    await page.waitForFunction((x) => new URL(location.href).searchParams.get('focus') === x, id);
    const evalBox = page.locator(`.node-panel-eval[data-eval-label="${overlay.labels[id!]!.label}"]`);
    await evalBox.waitFor();
    expect(await evalBox.locator('.node-panel-eval-why').textContent()).toBe(reasonOnly(overlay.labels[id!]!.explanation));

    // The settled view: pick a jurisdiction; the panel follows the labelling that takes its holdings as settled.
    const code = data.dict.jurisdictions[0]!.code;
    const settled = (await (await fetch(`${baseUrl}/api/evaluation?jurisdiction=${code}`)).json()) as Overlay;
    await page.locator('#map-eval-jur').selectOption(code);
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('evalJur') === c, code);
    const want = { label: settled.labels[id!]!.label, explanation: reasonOnly(settled.labels[id!]!.explanation) };
    await page.waitForFunction(
      ({ label, explanation }) => {
        const el = document.querySelector(`.node-panel-eval[data-eval-label="${label}"] .node-panel-eval-why`);
        return el?.textContent === explanation;
      },
      want,
    );
    // Reloading the URL restores the overlay and the jurisdiction.
    await page.reload();
    await page.waitForSelector('.argument-map-surface[data-ready="true"]');
    expect(await page.getByLabel('Evaluation', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#map-eval-jur').inputValue()).toBe(code);
    expect(problems).toEqual([]);
    await page.close();
  });
  it('the map itself moves the focus node by node from the keyboard (N and P), in reading order', async () => {
    const roots = data.ids.map((_, i) => i).filter((i) => data.parent[i]! < 0).sort((a, b) => data.y[a]! - data.y[b]!);
    const first = roots[0]!;
    const kids = data.ids.map((_, i) => i).filter((i) => data.parent[i] === first).sort((a, b) => data.y[a]! - data.y[b]!);
    const { page, problems } = await openMap();
    await page.locator('.argument-map-surface').focus();
    await page.keyboard.press('n');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, data.ids[first]!);
    if (kids.length) {
      await page.keyboard.press('n');
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, data.ids[kids[0]!]!);
      await page.keyboard.press('p');
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, data.ids[first]!);
    }
    // The status line announces the focused node.
    expect(await page.locator('.map-status').textContent()).toContain(`focused: ${data.titles[first]}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('exports of the map view: the view on screen as SVG, PNG and embed, drawn by the map\'s renderer', () => {
  it('downloads the view on screen as SVG and PNG, and gives embed code for the same view', async () => {
    const node = corpus.nodes.find((n) => n.kind === 'position')!;
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
    // One parser for the whole site answers first (proxy.ts, lib/asof.ts), naming the parameter.
    expect((await res.json()).error).toMatch(/^asOf: "2024-02-30" is not a date in the form YYYY-MM-DD$/);
  });
});
