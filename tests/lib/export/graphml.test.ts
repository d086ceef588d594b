// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { escapeXml, toGraphml } from '@/lib/export/graphml';
import { syntheticFiles } from '../../fixtures/synthetic';

describe('toGraphml', () => {
  it('parses as XML with a node per map node and an edge per link, with their data', () => {
    const files = syntheticFiles();
    const corpus = validateCorpus(files);
    (corpus.nodes[0] as { text: string }).text = 'Text with <markup> & "quotes" \u0001 and ’apostrophes’';
    const graph = buildGraph(corpus.nodes);
    const xml = toGraphml(corpus.nodes, graph.edges, { siteUrl: 'https://admissible.test', version: 'abcdef123456' });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    expect(doc.documentElement.namespaceURI).toBe(ns);
    const nodes = doc.getElementsByTagNameNS(ns, 'node');
    const edges = doc.getElementsByTagNameNS(ns, 'edge');
    expect(nodes).toHaveLength(corpus.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    const ids = new Set([...nodes].map((n) => n.getAttribute('id')));
    for (const e of edges) {
      expect(ids.has(e.getAttribute('source'))).toBe(true);
      expect(ids.has(e.getAttribute('target'))).toBe(true);
    }
    const first = [...nodes].find((n) => n.getAttribute('id') === corpus.nodes[0]!.id)!;
    const text = [...first.getElementsByTagNameNS(ns, 'data')].find((d) => d.getAttribute('key') === 'text')!.textContent;
    expect(text).toBe('Text with <markup> & "quotes"  and ’apostrophes’');
  });

  it('escapes the XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
