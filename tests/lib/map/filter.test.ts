import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap } from '@/lib/map/layout';
import { CONTEXT, HIDDEN, MATCH, NO_FILTERS, descendantCounts, visibility } from '@/lib/map/filter';
import { corpusAsOf } from '@/lib/graph/replay';

const corpus = validateCorpus(fixtureFiles());
const data = layoutMap(corpus);
const state = (v: Uint8Array) => Object.fromEntries(data.ids.map((id, i) => [id, v[i] === MATCH ? 'match' : v[i] === CONTEXT ? 'context' : 'hidden']));

describe('visibility', () => {
  it('shows everything without filters', () => {
    expect([...visibility(data, NO_FILTERS)].every((v) => v === MATCH)).toBe(true);
  });

  it('filters by actor kind and keeps the way up to the question, faded', () => {
    const v = state(visibility(data, { ...NO_FILTERS, actorKinds: ['defence'] }));
    expect(v).toMatchObject({ 'pos-no': 'match', 'arg-against-yes': 'match', 'arg-undercut': 'match', 'q-test': 'context', 'arg-for-yes': 'context', 'pos-yes': 'context', 'fact-test': 'hidden' });
  });

  it('filters by source authority and verification status of the cited sources', () => {
    expect(state(visibility(data, { ...NO_FILTERS, authorities: ['court'] }))).toMatchObject({ 'pos-yes': 'match', 'pos-no': 'hidden', 'fact-test': 'match' });
    expect(state(visibility(data, { ...NO_FILTERS, verification: ['secondary'] }))).toMatchObject({ 'pos-no': 'match', 'pos-yes': 'context', 'fact-test': 'hidden' });
  });

  it('filters by stance, counting cross-links too, and ANDs facets', () => {
    expect(state(visibility(data, { ...NO_FILTERS, stances: ['undercuts'] }))).toMatchObject({ 'arg-undercut': 'match', 'arg-for-yes': 'context', 'arg-against-yes': 'hidden' });
    // arg-against-yes opposes pos-yes in the tree and supports pos-no by a cross-link.
    expect(state(visibility(data, { ...NO_FILTERS, stances: ['supports'] }))['arg-against-yes']).toBe('match');
    expect(state(visibility(data, { ...NO_FILTERS, stances: ['supports'], actorKinds: ['court'] }))['arg-against-yes']).toBe('hidden');
  });

  it('filters by jurisdiction and operation of the node', () => {
    const files = fixtureFiles();
    const q = files.find((f) => f.path === 'data/questions/q01-test.json')!.data as any;
    q.positions[0].jurisdictions = ['DE'];
    q.positions[0].operations = ['op-test'];
    const d = layoutMap(validateCorpus(files));
    const names = (v: Uint8Array) => d.ids.filter((_, i) => v[i] === MATCH);
    expect(names(visibility(d, { ...NO_FILTERS, jurisdictions: ['DE'] }))).toEqual(['pos-yes']);
    expect(names(visibility(d, { ...NO_FILTERS, operations: ['op-test'] }))).toEqual(['pos-yes']);
    expect(names(visibility(d, { ...NO_FILTERS, jurisdictions: ['EU'] }))).toEqual([]);
  });

  it('hides what is below a collapsed node and counts it', () => {
    const v = state(visibility(data, NO_FILTERS, new Set(['pos-yes'])));
    expect(v).toMatchObject({ 'pos-yes': 'match', 'arg-for-yes': 'hidden', 'arg-against-yes': 'hidden', 'arg-undercut': 'hidden', 'pos-no': 'match' });
    expect(descendantCounts(data)[data.ids.indexOf('pos-yes')]).toBe(3);
    expect(HIDDEN).toBe(0);
  });
});

describe('the map as of a day (corpusAsOf, then layout)', () => {
  it('shows a node only from its first public statement, and never an argument without what it answers', () => {
    const ids = (asOf: string) => layoutMap(corpusAsOf(corpus, asOf)).ids.sort();
    expect(ids('2019-12-31')).toEqual([]);
    // arg-against-yes (May 2023) opposes pos-yes (30 April 2024) and supports pos-no (2023): present via pos-no,
    // and hung under it, because its link to the not-yet-stated pos-yes is not there yet.
    expect(ids('2023-12-31')).toEqual(['arg-against-yes', 'pos-no', 'q-test']);
    const early = layoutMap(corpusAsOf(corpus, '2023-12-31'));
    expect(early.ids[early.parent[early.ids.indexOf('arg-against-yes')]!]).toBe('pos-no');
    expect(ids('2024-04-30')).toEqual(['arg-against-yes', 'arg-for-yes', 'fact-test', 'pos-no', 'pos-yes', 'q-test']);
    expect(ids('2024-05-01')).toContain('arg-undercut');
  });
});
