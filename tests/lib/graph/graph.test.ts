import { describe, expect, it } from 'vitest';
import { buildGraph } from '@/lib/graph/graph';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';

const graph = buildGraph(validateCorpus(fixtureFiles()).nodes);

describe('buildGraph', () => {
  it('finds the root questions', () => {
    expect(graph.roots).toEqual(['q-test']);
  });

  it('indexes children and parents, including several parents per node', () => {
    expect(graph.children('pos-yes').map((e) => `${e.from}:${e.relation}`).sort()).toEqual(['arg-against-yes:opposes', 'arg-for-yes:supports']);
    expect(graph.parents('arg-against-yes').map((e) => e.to)).toEqual(['pos-yes', 'pos-no']);
  });

  it('walks the path to the root question along primary links', () => {
    expect(graph.pathToRoot('arg-undercut')).toEqual(['arg-undercut', 'arg-for-yes', 'pos-yes', 'q-test']);
    expect(graph.rootOf('arg-undercut')).toBe('q-test');
    expect(graph.rootOf('fact-test')).toBeUndefined();
  });

  it('keeps the via of an undercut edge', () => {
    expect(graph.parents('arg-undercut')).toEqual([{ from: 'arg-undercut', to: 'arg-for-yes', relation: 'undercuts', via: 'pos-yes' }]);
  });

  it('gives neighbourhoods by depth in both directions', () => {
    expect([...graph.neighbourhood('pos-yes', 1)].sort()).toEqual(['arg-against-yes', 'arg-for-yes', 'pos-yes', 'q-test']);
    expect(graph.neighbourhood('pos-yes', 2).has('pos-no')).toBe(true);
  });
});
