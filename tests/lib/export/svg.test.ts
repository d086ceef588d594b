// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { BOX_HEIGHT, BOX_WIDTH, layoutMapView, toSvg, wrapTitle } from '@/lib/export/svg';
import { syntheticFiles } from '../../fixtures/synthetic';
import { withEdit } from '../../fixtures/corpus';
import { treeParents } from '@/lib/map/layout';

const corpus = validateCorpus(syntheticFiles());
const graph = buildGraph(corpus.nodes);
const options = { siteUrl: 'https://admissible.test', version: 'abcdef123456' };

describe('layoutMapView', () => {
  it('places one question’s tree without overlapping boxes, children to the right of their parents', () => {
    const layout = layoutMapView(graph, { question: 'q-test' });
    const ids = layout.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(['arg-against-yes', 'arg-for-yes', 'arg-undercut', 'pos-no', 'pos-yes', 'q-test']);
    for (const a of layout.nodes)
      for (const b of layout.nodes) {
        if (a === b) continue;
        const overlap = a.x < b.x + BOX_WIDTH && b.x < a.x + BOX_WIDTH && a.y < b.y + BOX_HEIGHT && b.y < a.y + BOX_HEIGHT;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const l of layout.links.filter((x) => x.primary)) expect(at.get(l.from)!.x).toBeGreaterThan(at.get(l.to)!.x);
    // arg-against-yes opposes pos-yes first, then supports pos-no: one primary link, one cross-link.
    expect(layout.links.filter((l) => l.from === 'arg-against-yes').map((l) => l.primary)).toEqual([true, false]);
    for (const n of layout.nodes) {
      expect(n.x + BOX_WIDTH).toBeLessThanOrEqual(layout.width);
      expect(n.y + BOX_HEIGHT).toBeLessThanOrEqual(layout.height);
    }
  });

  it('puts every node where the map puts it: a fact nothing else places hangs under the first node relying on it', () => {
    const files = withEdit('data/questions/q01-test.json', (d) => d.arguments[0].links.push({ relation: 'relies-on-fact', target: 'fact-test' }));
    const relying = validateCorpus(files);
    const g = buildGraph(relying.nodes);
    const layout = layoutMapView(g, { question: 'q-test' });
    const relier = relying.nodes.find((n) => n.links.some((l) => l.target === 'fact-test'))!;
    expect(layout.nodes.map((n) => n.id)).toContain('fact-test');
    const factLink = layout.links.find((l) => l.from === relier.id && l.to === 'fact-test')!;
    expect(factLink).toMatchObject({ primary: true, backwards: true });
    // Drawn as a tree link into the fact's box, which sits to the right of the node relying on it.
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(at.get('fact-test')!.x).toBeGreaterThan(at.get(relier.id)!.x);
    const svg = toSvg(g, { question: 'q-test' }, options);
    const path = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector(`path[data-from="${relier.id}"][data-to="fact-test"]`)!;
    expect(path.getAttribute('d')).toMatch(new RegExp(`^M${at.get(relier.id)!.x + BOX_WIDTH},`));
    // The same parent as the map's layout gives every node.
    const { parent } = treeParents(relying.nodes);
    // Child → parent along the primary links (the fact's link is read backwards).
    const primary = new Map(layout.links.filter((l) => l.primary).map((l) => (l.to === 'fact-test' ? ['fact-test', l.from] : [l.from, l.to])));
    expect(primary.size).toBe(layout.nodes.length - 1);
    relying.nodes.forEach((n, i) => {
      if (primary.has(n.id)) expect(primary.get(n.id), n.id).toBe(relying.nodes[parent[i]!]!.id);
    });
  });

  it('lays out every root question for the whole map', () => {
    const layout = layoutMapView(graph);
    const questions = corpus.nodes.filter((n) => n.kind === 'question').length;
    expect(layout.nodes.filter((n) => n.kind === 'question')).toHaveLength(questions);
  });
});

describe('toSvg', () => {
  it('is well-formed SVG with a linked box per node and a path per link', () => {
    const svg = toSvg(graph, { question: 'q-test' }, { ...options, linkTarget: '_top' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const layout = layoutMapView(graph, { question: 'q-test' });
    expect(doc.querySelectorAll('g.node')).toHaveLength(layout.nodes.length);
    expect(doc.querySelectorAll('path.link')).toHaveLength(layout.links.length);
    const link = doc.querySelector('g.node[data-id="pos-yes"]')!.parentElement!;
    expect(link.getAttribute('href')).toBe('https://admissible.test/node/pos-yes');
    expect(link.getAttribute('target')).toBe('_top');
    expect(doc.querySelector('title')!.textContent).toBe('Admissible map: Test question?');
  });

  it('wraps titles into at most two lines', () => {
    expect(wrapTitle('Short')).toEqual(['Short']);
    const long = wrapTitle('The interception of the whole network was a hacking operation under the law of the State that ran it');
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith('…')).toBe(true);
    for (const l of long) expect(l.length).toBeLessThanOrEqual(30);
  });
});
