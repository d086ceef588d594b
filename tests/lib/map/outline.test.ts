import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap } from '@/lib/map/layout';
import { childrenOf } from '@/lib/map/encoding';
import { incomingLinks, outlineRows, stanceTarget } from '@/lib/map/outline';

const data = layoutMap(validateCorpus(fixtureFiles()));
const children = childrenOf(data);
const incoming = incomingLinks(data);
const at = (id: string) => data.ids.indexOf(id);
const all = new Set(data.ids.keys());

describe('outline rows', () => {
  it('lists, under a node, its own children and then the nodes linking to it from elsewhere, as leaf rows', () => {
    const rows = outlineRows(data, children, all, undefined, incoming);
    // arg-against-yes opposes pos-yes in the tree and supports pos-no by a cross-link.
    const own = rows.filter((r) => r.index === at('arg-against-yes')).sort((a, b) => Number(a.link) - Number(b.link));
    expect(own.map((r) => [r.key, r.link, data.ids[r.parent]])).toEqual([
      [`n${at('arg-against-yes')}`, false, 'pos-yes'],
      [`l${at('pos-no')}-${at('arg-against-yes')}`, true, 'pos-no'],
    ]);
    const link = own[1]!;
    expect(link.hasChildren).toBe(false);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('shows only the questions until a branch is opened', () => {
    const rows = outlineRows(data, children, new Set(), undefined, incoming);
    expect(rows.every((r) => r.level === 1 && !r.link)).toBe(true);
  });
});

describe('stance keys', () => {
  it('go from a question to the first opposing argument below it, then to the next one under the same node', () => {
    const q = at('q-test');
    const first = stanceTarget(data, children, incoming, { index: q, parent: -1, link: false, relation: -1 }, 'opposes')!;
    expect(first.child.relation).toBe(data.relation[at('arg-against-yes')]);
    expect(data.ids[first.child.index]).toBe('arg-against-yes');
    expect(first.path[0]).toBe(q);
    expect(data.ids[first.parent]).toBe('pos-yes');
  });

  it('go from a node to its own supporting children, including links from elsewhere', () => {
    const posNo = at('pos-no');
    const t = stanceTarget(data, children, incoming, { index: posNo, parent: at('q-test'), link: false, relation: data.relation[posNo]! }, 'supports')!;
    expect(data.ids[t.child.index]).toBe('arg-against-yes');
    expect(t.child.link).toBe(true);
  });

  it('find nothing where nothing has that stance', () => {
    const f = at('fact-test');
    expect(stanceTarget(data, children, incoming, { index: f, parent: data.parent[f]!, link: false, relation: data.relation[f]! }, 'undercuts')).toBeUndefined();
  });
});
