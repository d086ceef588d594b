/**
 * The outline shows the graph: from a question, an argument opposing one of its positions is a few
 * key presses away, an attack that hangs elsewhere in the tree is listed under what it attacks, the
 * screen reader hears the relation and the citation (read from Chromium's accessibility tree), and
 * the keyboard focus never falls back to the page body after an action.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser, openMap as openMapPage } from '../support/browser';
import { MAP_RELATIONS, type MapData } from '@/lib/map/encoding';

const baseUrl = inject('baseUrl');
let browser: Browser;
let data: MapData;
const OPPOSES = MAP_RELATIONS.indexOf('opposes');

beforeAll(async () => {
  browser = await launchBrowser();
  data = (await (await fetch(`${baseUrl}/api/map/layout`)).json()) as MapData;
});
afterAll(async () => {
  await browser.close();
});

const openMap = (path?: string) => openMapPage(browser, baseUrl, path);

/** The name and description Chromium computes for the focused element: what a screen reader announces. */
async function announced(page: Page): Promise<{ role: string; name: string; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
  await cdp.detach();
  const node = nodes.find((n) => !n.ignored)!;
  return { role: String(node.role?.value ?? ''), name: String(node.name?.value ?? ''), description: String(node.description?.value ?? '') };
}

const activeRow = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { role: el?.getAttribute('role') ?? (el === document.body ? 'body' : el?.tagName ?? ''), id: el?.dataset.id, key: el?.dataset.key, relation: el?.dataset.relation, link: el?.dataset.link === 'true' };
  });

/** The titles of the sources node i cites, as the map's dictionary has them. */
const citedTitles = (i: number) => data.sources[i]!.map((s) => data.dict.sources[s]!.title);

describe('the outline shows the graph', () => {
  it('reaches an argument opposing a position from its question in at most 5 key presses, and announces relation and citation', async () => {
    const { page, problems } = await openMap();
    const firstQuestion = page.locator('[role="treeitem"][aria-level="1"]').first();
    await firstQuestion.click();
    expect((await activeRow(page)).role).toBe('treeitem');
    let presses = 0;
    for (const key of ['o', 'o', 'o', 'o', 'o']) {
      await page.keyboard.press(key);
      presses++;
      const row = await activeRow(page);
      if (row.relation === 'opposes') break;
    }
    const row = await activeRow(page);
    expect(row.relation, 'an opposing argument is focused').toBe('opposes');
    expect(presses).toBeLessThanOrEqual(5);
    const i = data.ids.indexOf(row.id!);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, row.id!);
    const heard = await announced(page);
    expect(heard.role).toBe('treeitem');
    expect(heard.name).toMatch(/^Opposes · Argument: /);
    expect(heard.name).toContain(data.titles[i]!);
    expect(heard.description).toMatch(/^Opposes the (position|argument|question|fact) “/);
    for (const title of citedTitles(i)) expect(heard.description).toContain(title);
    if (!citedTitles(i).length) expect(heard.description).toContain('Cites no source.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists an attack that lives elsewhere in the tree under the node it attacks, one key away, and Enter goes to its own place', async () => {
    // A node opposed by a cross-link: the attacker's own place is under another node.
    let target = -1;
    let attacker = -1;
    for (let k = 0; k < data.cross.length; k += 3)
      if (data.cross[k + 2] === OPPOSES && data.kind[data.cross[k + 1]!] !== 0) {
        attacker = data.cross[k]!;
        target = data.cross[k + 1]!;
        break;
      }
    expect(target, 'the corpus has an opposing cross-link').toBeGreaterThanOrEqual(0);
    const { page, problems } = await openMap(`/map?focus=${data.ids[target]}`);
    const row = page.locator(`[role="treeitem"][data-key="n${target}"]`);
    await row.click();
    // Opposing children: tree children first, then the links; walk with O until the link row.
    const opposers = data.parent.filter((p, c) => p === target && data.relation[c] === OPPOSES).length + data.cross.filter((_, k) => k % 3 === 0 && data.cross[k + 1] === target && data.cross[k + 2] === OPPOSES).length;
    let found = false;
    for (let n = 0; n < opposers && !found; n++) {
      await page.keyboard.press('o');
      const r = await activeRow(page);
      expect(r.relation).toBe('opposes');
      found = r.link && r.id === data.ids[attacker];
    }
    expect(found, `O reaches ${data.ids[attacker]} under ${data.ids[target]}`).toBe(true);
    const heard = await announced(page);
    expect(heard.name).toMatch(/^Opposes · elsewhere · Argument: /);
    expect(heard.description).toContain(`“${data.titles[target]}”`);
    expect(heard.description).toContain('elsewhere in the map');
    for (const title of citedTitles(attacker)) expect(heard.description).toContain(title);
    await page.keyboard.press('Enter');
    await page.waitForFunction((key) => (document.activeElement as HTMLElement | null)?.dataset.key === key, `n${attacker}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the keyboard focus after expand, collapse, select, a filter and closing the panel', async () => {
    const { page, problems } = await openMap();
    await page.locator('[role="treeitem"][aria-level="1"]').first().click();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'Enter', 'Enter', 'o']) {
      await page.keyboard.press(key);
      expect((await activeRow(page)).role, `after ${key}`).toBe('treeitem');
    }
    // A filter that hides the focused row: the focus stays in the outline, on a row still shown.
    const focused = (await activeRow(page)).id!;
    const jur = data.dict.jurisdictions.find((j, ji) => !data.jurisdictions[data.ids.indexOf(focused)]!.includes(ji))!;
    await page.locator('.map-filters > summary').click();
    await page.locator(`fieldset[data-facet="jurisdictions"] input[value="${jur.code}"]`).check();
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('jur') === c, jur.code);
    expect((await activeRow(page)).role).not.toBe('body');
    // Closing the side panel hands the focus to the map, not to the body.
    await page.locator('[role="treeitem"]').first().click();
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.waitForFunction(() => !document.querySelector('.node-panel'));
    expect((await activeRow(page)).role).not.toBe('body');
    expect(problems).toEqual([]);
    await page.close();
  });
});
