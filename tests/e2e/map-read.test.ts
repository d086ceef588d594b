/**
 * The map is readable at its default zoom (titles of at least 12 px, questions first, as space
 * allows), and collapsing a branch lays the forest out again without a gap: the next sibling is
 * drawn, and clickable, where the relayout puts it (animated; at once under reduced motion).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser, openMap as openMapPage } from '../support/browser';
import { childrenOf, MAP_NODE_KINDS, type MapData } from '@/lib/map/encoding';
import { relayout } from '@/lib/map/relayout';

const baseUrl = inject('baseUrl');
let browser: Browser;
let still: Browser;
let data: MapData;

beforeAll(async () => {
  browser = await launchBrowser();
  still = await launchBrowser({ reducedMotion: true });
  data = (await (await fetch(`${baseUrl}/api/map/layout`)).json()) as MapData;
});
afterAll(async () => {
  await browser.close();
  await still.close();
});

const openMap = (b: Browser, path: string) => openMapPage(b, baseUrl, path);

const transformOf = async (page: Page) => (await page.locator('.argument-map-surface').getAttribute('data-transform'))!.split(',').map(Number) as [number, number, number];

describe('reading the map', () => {
  it('at the initial fit, titles are drawn at 12 px or more, every question first', async () => {
    const { page, problems } = await openMap(browser, '/map');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.argument-map-surface')?.dataset.labels ?? 0) > 0);
    const surface = page.locator('.argument-map-surface');
    const px = Number(await surface.getAttribute('data-label-px'));
    const kinds = (await surface.getAttribute('data-label-kinds'))!.split(',').map(Number);
    // Every question at the root of a tree; a sub-question sits beside its parent's title and may yield to it.
    const questions = data.kind.filter((k, i) => k === MAP_NODE_KINDS.indexOf('question') && data.parent[i]! < 0).length;
    console.log(`initial fit: scale ${(await transformOf(page))[2]}, ${await surface.getAttribute('data-labels')} titles at ${px} px (by kind ${kinds.join('/')})`);
    expect(px).toBeGreaterThanOrEqual(12);
    expect(kinds[MAP_NODE_KINDS.indexOf('question')]).toBeGreaterThanOrEqual(questions);
    expect(Number(await surface.getAttribute('data-labels'))).toBeGreaterThan(questions);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const [name, reduced] of [
    ['animated', false],
    ['at once under reduced motion', true],
  ] as const) {
    it(`collapsing a branch closes its gap (${name}): the next sibling is drawn where the relayout puts it`, async () => {
      const children = childrenOf(data);
      // A branch with descendants and a later sibling, so collapsing it moves the sibling up.
      const i = data.ids.findIndex((_, j) => children[j]!.length > 0 && data.parent[j]! >= 0 && children[data.parent[j]!]!.indexOf(j) < children[data.parent[j]!]!.length - 1);
      const next = children[data.parent[i]!]![children[data.parent[i]!]!.indexOf(i) + 1]!;
      const placed = relayout(data, children, new Set([data.ids[i]!]));
      expect(placed.y[next]).toBeLessThan(data.y[next]!);
      const { page, problems } = await openMap(reduced ? still : browser, `/map?collapsed=${data.ids[i]}&z=${placed.x[next]},${placed.y[next]},1`);
      const started = Date.now();
      await page.waitForSelector('.argument-map-surface[data-layout="relayout"]');
      const took = Date.now() - started;
      if (reduced) expect(took).toBeLessThan(300);
      // A click where the relayout put the sibling focuses it.
      const box = (await page.locator('.argument-map-surface').boundingBox())!;
      const [tx, ty, k] = await transformOf(page);
      await page.mouse.click(box.x + placed.x[next]! * k + tx, box.y + placed.y[next]! * k + ty);
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, data.ids[next]!);
      // Expanding again restores the server's layout.
      await page.locator(`[role="treeitem"][data-key="n${i}"]`).click();
      await page.getByRole('button', { name: 'Expand its branch' }).click();
      await page.waitForSelector('.argument-map-surface[data-layout="server"]');
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
