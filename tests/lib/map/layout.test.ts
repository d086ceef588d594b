import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { generateSyntheticFiles } from '@/lib/synthetic/generate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap, treeParents, LEVEL_SPACING } from '@/lib/map/layout';
import { MAP_RELATIONS, NODE_HEIGHT, NODE_WIDTH } from '@/lib/map/encoding';

const fixture = validateCorpus(fixtureFiles());

describe('layoutMap', () => {
  it('hangs each node under its first link and draws the other links as cross-links', () => {
    const data = layoutMap(fixture);
    const at = (id: string) => data.ids.indexOf(id);
    expect(data.parent[at('pos-yes')]).toBe(at('q-test'));
    expect(data.parent[at('arg-against-yes')]).toBe(at('pos-yes'));
    expect(MAP_RELATIONS[data.relation[at('arg-against-yes')]!]).toBe('opposes');
    expect(data.parent[at('arg-undercut')]).toBe(at('arg-for-yes'));
    expect(data.parent[at('q-test')]).toBe(-1);
    // The fixture's fact has no links and nothing relies on it: a root of its own.
    expect(data.parent[at('fact-test')]).toBe(-1);
    const cross = [];
    for (let c = 0; c < data.cross.length; c += 3) cross.push([data.ids[data.cross[c]!], data.ids[data.cross[c + 1]!], MAP_RELATIONS[data.cross[c + 2]!]]);
    expect(cross).toEqual([['arg-against-yes', 'pos-no', 'supports']]);
  });

  it('places children one level to the right of their parent, and no two boxes overlap', () => {
    const data = layoutMap(validateCorpus(generateSyntheticFiles({ nodes: 800, seed: 11 })));
    for (let i = 0; i < data.ids.length; i++) {
      const p = data.parent[i]!;
      if (p >= 0) expect(data.x[i]! - data.x[p]!).toBe(LEVEL_SPACING);
    }
    const boxes = data.ids.map((_, i) => i).sort((a, b) => data.x[a]! - data.x[b]! || data.y[a]! - data.y[b]!);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length && data.x[boxes[b]!]! - data.x[boxes[a]!]! < NODE_WIDTH; b++) {
        const i = boxes[a]!;
        const j = boxes[b]!;
        const overlap = Math.abs(data.y[i]! - data.y[j]!) < NODE_HEIGHT;
        expect(overlap, `${data.ids[i]} overlaps ${data.ids[j]}`).toBe(false);
      }
    }
  });

  it('is deterministic and ships no full text', () => {
    const a = layoutMap(fixture);
    expect(JSON.stringify(layoutMap(fixture))).toBe(JSON.stringify(a));
    expect(JSON.stringify(a)).not.toContain(fixture.nodes[0]!.text);
  });

  it('bounds enclose every box', () => {
    const data = layoutMap(fixture);
    const [minX, minY, maxX, maxY] = data.bounds;
    data.ids.forEach((_, i) => {
      expect(data.x[i]! - NODE_WIDTH / 2).toBeGreaterThanOrEqual(minX);
      expect(data.x[i]! + NODE_WIDTH / 2).toBeLessThanOrEqual(maxX);
      expect(data.y[i]! - NODE_HEIGHT / 2).toBeGreaterThanOrEqual(minY);
      expect(data.y[i]! + NODE_HEIGHT / 2).toBeLessThanOrEqual(maxY);
    });
  });
});

describe('treeParents', () => {
  it('hangs an unlinked fact under the first node that relies on it', () => {
    const nodes = structuredClone(fixture.nodes);
    nodes.find((n) => n.id === 'pos-no')!.links.push({ relation: 'relies-on-fact', target: 'fact-test' });
    const { parent, relation } = treeParents(nodes);
    const at = (id: string) => nodes.findIndex((n) => n.id === id);
    expect(parent[at('fact-test')]).toBe(at('pos-no'));
    expect(MAP_RELATIONS[relation[at('fact-test')]!]).toBe('relies-on-fact');
  });

  it('breaks a loop instead of hanging forever', () => {
    const nodes = structuredClone(fixture.nodes);
    // An argument whose first link is relies-on-fact, on a fact nothing else points from: a potential loop.
    nodes.find((n) => n.id === 'arg-undercut')!.links.unshift({ relation: 'relies-on-fact', target: 'fact-test' });
    const { parent } = treeParents(nodes);
    for (let start = 0; start < nodes.length; start++) {
      const seen = new Set<number>();
      for (let i = start; i >= 0; i = parent[i]!) {
        expect(seen.has(i)).toBe(false);
        seen.add(i);
      }
    }
  });
});
