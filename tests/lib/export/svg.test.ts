// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { BOX_HEIGHT, BOX_WIDTH, layoutMapView, toSvg, wrapTitle } from '@/lib/export/svg';
import { syntheticFiles } from '../../fixtures/synthetic';

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
