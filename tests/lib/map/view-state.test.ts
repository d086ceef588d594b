import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_VIEW, evaluationUrlFor, parseViewState, serializeViewState, viewHref, type MapViewState } from '@/lib/map/view-state';
import { MAP_ACTOR_KINDS, MAP_AUTHORITIES, MAP_STANCES, MAP_VERIFICATIONS } from '@/lib/map/encoding';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}[a-z0-9]$/);
const sortedSet = <T extends string>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { maxLength: 4 }).map((a) => [...a].sort());
const view: fc.Arbitrary<MapViewState> = fc.record(
  {
    focus: id,
    asOf: fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    q: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
    filters: fc.record({
      operations: sortedSet(id),
      jurisdictions: sortedSet(fc.constantFrom('EU', 'ECHR', 'DE', 'NL', 'FR')),
      actorKinds: sortedSet(fc.constantFrom(...MAP_ACTOR_KINDS)),
      stances: sortedSet(fc.constantFrom(...MAP_STANCES)),
      authorities: sortedSet(fc.constantFrom(...MAP_AUTHORITIES)),
      verification: sortedSet(fc.constantFrom(...MAP_VERIFICATIONS)),
    }),
    zoom: fc.record({ x: fc.integer({ min: -1e6, max: 1e6 }), y: fc.integer({ min: -1e6, max: 1e6 }), k: fc.constantFrom(0.005, 0.0123, 0.5, 1, 2.5) }),
    collapsed: sortedSet(id),
    evaluation: fc.constant(true as const),
    evalJurisdiction: fc.constantFrom('EU', 'ECHR', 'DE', 'NL', 'FR'),
  },
  { requiredKeys: ['filters', 'collapsed'] },
).map((v) => {
  // A settled jurisdiction only means something with the overlay on; the URL drops it otherwise.
  if (!v.evaluation) delete v.evalJurisdiction;
  return v;
});

describe('view state in the URL', () => {
  it('round-trips every view through the query string', () => {
    fc.assert(
      fc.property(view, (v) => {
        const back = parseViewState(new URLSearchParams(serializeViewState(v).toString()));
        expect(back).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same URL for the same view, and /map for the empty one', () => {
    expect(viewHref(EMPTY_VIEW)).toBe('/map');
    expect(viewHref({ ...EMPTY_VIEW, focus: 'pos-x', filters: { ...EMPTY_VIEW.filters, jurisdictions: ['NL', 'DE'] }, zoom: { x: 10.4, y: -3.6, k: 0.123456 } })).toBe(
      '/map?focus=pos-x&jur=DE%2CNL&z=10%2C-4%2C0.123',
    );
  });

  it('drops malformed or unknown values instead of failing', () => {
    const v = parseViewState({ focus: 'Not An Id', asOf: '2024-02-30', actor: 'court,astrologer', stance: 'supports', z: '1,2', jur: 'de,NL', q: '  ' });
    expect(v).toEqual({ filters: { ...EMPTY_VIEW.filters, actorKinds: ['court'], stances: ['supports'], jurisdictions: ['NL'] }, collapsed: [] });
  });

  it('keeps the evaluation overlay and its settled jurisdiction in the URL', () => {
    expect(viewHref({ ...EMPTY_VIEW, evaluation: true })).toBe('/map?eval=1');
    expect(viewHref({ ...EMPTY_VIEW, focus: 'pos-x', evaluation: true, evalJurisdiction: 'DE' })).toBe('/map?focus=pos-x&eval=1&evalJur=DE');
    expect(parseViewState({ eval: '1', evalJur: 'de' })).toMatchObject({ evaluation: true, evalJurisdiction: 'DE' });
    // Off unless exactly eval=1; a jurisdiction without the overlay, or a malformed one, is dropped.
    expect(parseViewState({ eval: 'yes', evalJur: 'DE' })).toEqual({ filters: EMPTY_VIEW.filters, collapsed: [] });
    expect(parseViewState({ evalJur: 'DE' })).toEqual({ filters: EMPTY_VIEW.filters, collapsed: [] });
    expect(parseViewState({ eval: '1', evalJur: 'Germany' })).toEqual({ filters: EMPTY_VIEW.filters, collapsed: [], evaluation: true });
  });

  it('builds the evaluation API URL for a day and a settled jurisdiction', () => {
    expect(evaluationUrlFor(undefined, undefined)).toBe('/api/evaluation');
    expect(evaluationUrlFor('2024-04-30', 'NL')).toBe('/api/evaluation?asOf=2024-04-30&jurisdiction=NL');
  });

  it('reads Next.js searchParams objects as well as URLSearchParams', () => {
    expect(parseViewState({ asOf: ['2024-04-30', '2020-01-01'], focus: 'q-a' })).toMatchObject({ asOf: '2024-04-30', focus: 'q-a' });
  });
});
