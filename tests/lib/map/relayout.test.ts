import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap } from '@/lib/map/layout';
import { childrenOf, NODE_HEIGHT, NODE_WIDTH } from '@/lib/map/encoding';
import { relayout } from '@/lib/map/relayout';
import { ROW_SPACING } from '@/lib/map/place';
import { visibility, HIDDEN, NO_FILTERS } from '@/lib/map/filter';
import { generateSyntheticFiles } from '@/lib/synthetic/generate';

describe('relayout around collapsed branches', () => {
  const data = layoutMap(validateCorpus(fixtureFiles()));
  const children = childrenOf(data);

  it('places the map exactly as the server did when nothing, or only a leaf, is collapsed', () => {
    expect(relayout(data, children, new Set())).toMatchObject({ x: data.x, y: data.y, bounds: data.bounds });
    const leaf = data.ids.find((_, i) => children[i]!.length === 0)!;
    const again = relayout(data, children, new Set([leaf]));
    expect(again.x).toEqual(data.x);
    expect(again.y).toEqual(data.y);
  });

  it('closes the gap a collapsed branch leaves: the next sibling moves up to one row below it, nothing overlaps, the hidden sit on their collapsed ancestor', () => {
    const big = layoutMap(validateCorpus(generateSyntheticFiles({ nodes: 400, seed: 7 })));
    const kids = childrenOf(big);
    // A node with descendants and a later sibling.
    const i = big.ids.findIndex((_, j) => kids[j]!.length > 0 && big.parent[j]! >= 0 && kids[big.parent[j]!]!.indexOf(j) < kids[big.parent[j]!]!.length - 1);
    expect(i).toBeGreaterThanOrEqual(0);
    const next = kids[big.parent[i]!]![kids[big.parent[i]!]!.indexOf(i) + 1]!;
    const collapsed = new Set([big.ids[i]!]);
    const placed = relayout(big, kids, collapsed);
    expect(placed.y[next]! - placed.y[i]!).toBe(ROW_SPACING);
    expect(big.y[next]! - big.y[i]!).toBeGreaterThan(ROW_SPACING);
    const vis = visibility(big, NO_FILTERS, collapsed);
    const shown = big.ids.map((_, j) => j).filter((j) => vis[j] !== HIDDEN);
    for (const j of big.ids.keys()) if (vis[j] === HIDDEN) expect([placed.x[j], placed.y[j]]).toEqual([placed.x[i], placed.y[i]]);
    const boxes = new Set(shown.map((j) => `${placed.x[j]},${placed.y[j]}`));
    expect(boxes.size).toBe(shown.length);
    for (const a of shown)
      for (const b of shown) if (a < b) expect(Math.abs(placed.x[a]! - placed.x[b]!) >= NODE_WIDTH || Math.abs(placed.y[a]! - placed.y[b]!) >= NODE_HEIGHT, `${big.ids[a]} and ${big.ids[b]} overlap`).toBe(true);
    expect(placed.bounds[3] - placed.bounds[1]).toBeLessThanOrEqual(big.bounds[3] - big.bounds[1]);
  });
});
