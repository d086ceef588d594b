import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { corpusAsOf } from '@/lib/graph/replay';
import { filterTimeline, layoutTimeline, timelineEvents } from '@/lib/compare/timeline';
import { compareFixtureFiles } from '../../fixtures/compare';

const corpus = validateCorpus(compareFixtureFiles());
const events = timelineEvents(corpus);
const kindOf = (id: string) => events.find((e) => e.id === id)?.kind;

describe('timelineEvents', () => {
  it('lists operation events and rulings in date order, each linked to its source', () => {
    expect(events.map((e) => e.day)).toEqual([...events.map((e) => e.day)].sort());
    expect(events.filter((e) => e.lane === 'operations')).toHaveLength(2);
    expect(events.filter((e) => e.lane !== 'operations')).toHaveLength(corpus.sources.filter((s) => s.type === 'judgment').length);
    for (const e of events) expect(e.href).toBe(`/sources/${e.source}`);
  });

  it('tells references, answers, appeals and takedowns apart', () => {
    expect(kindOf('source:de-lg-referral')).toBe('reference');
    expect(kindOf('source:cjeu-c670-22')).toBe('answer');
    expect(kindOf('source:de-olg-2021')).toBe('appeal');
    expect(kindOf('source:de-bgh-2022')).toBe('ruling');
    expect(kindOf('operation:op-test:1')).toBe('takedown');
    expect(kindOf('operation:op-test:0')).toBe('operation');
    expect(events.find((e) => e.id === 'source:de-lg-referral')!.links).toEqual([{ relation: 'referred-to', target: 'source:cjeu-c670-22', note: 'Synthetic reference.' }]);
  });

  it('draws each ruling by what its court pronounced, and names it', () => {
    expect(kindOf('source:src-judgment')).toBe('answer');
    expect(events.find((e) => e.id === 'source:de-bgh-2022')!.dispositions).toEqual(['Dismissed']);
    expect(events.find((e) => e.id === 'source:src-judgment')!.dispositions).toEqual(['Reference answered']);
    expect(events.find((e) => e.id === 'operation:op-test:0')!.dispositions).toEqual([]);
    const retold = (disposition: string) => {
      const c = { ...corpus, holdings: corpus.holdings.map((h) => (h.source === 'de-bgh-2022' ? { ...h, disposition: disposition as typeof h.disposition, evidence: undefined } : h)) };
      return timelineEvents(c).find((e) => e.id === 'source:de-bgh-2022')!.kind;
    };
    expect(retold('referred-to-cjeu')).toBe('reference');
    expect(retold('reference-answered')).toBe('answer');
    expect(retold('opinion-delivered')).toBe('opinion');
    expect(retold('declared-inadmissible')).toBe('ruling');
  });

  it('replays: before 30 April 2024 the answer is gone and the reference is a plain ruling again', () => {
    const before = timelineEvents(corpusAsOf(corpus, '2024-04-29'));
    expect(before.some((e) => e.source === 'cjeu-c670-22')).toBe(false);
    expect(before.find((e) => e.id === 'source:de-lg-referral')).toMatchObject({ kind: 'ruling', links: [] });
  });

  it('filters by operation, jurisdiction (keeping the operation events of operations that ran there) and kind', () => {
    const ops = new Map(corpus.operations.map((o) => [o.id, o.jurisdictions]));
    expect(filterTimeline(events, { jurisdiction: 'NL' }, ops).map((e) => e.id)).toEqual(['operation:op-test:0', 'operation:op-test:1', 'source:nl-rb-2021', 'source:nl-hr-2023']);
    expect(filterTimeline(events, { jurisdiction: 'FR' }, ops)).toEqual([]);
    expect(filterTimeline(events, { operation: 'nothing' })).toEqual([]);
    // src-judgment has no incoming reference link, but its holdings record a reference answered.
    expect(filterTimeline(events, { kinds: ['answer'] }).map((e) => e.source)).toEqual(['cjeu-c670-22', 'src-judgment']);
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(events, new Map([['operations', 'Operations']]), ['EU', 'DE', 'NL'], { width: 1000 });

  it('places events by date on a UTC scale within the range, in lanes in the given order', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual(['operations', 'EU', 'DE', 'NL']);
    const xs = events.map((e) => layout.items.find((i) => i.id === e.id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(layout.range[0]);
    for (const x of xs) expect(x).toBeLessThanOrEqual(layout.range[1]);
    const t = layout.items.find((i) => i.id === 'source:cjeu-c670-22')!.t;
    expect(new Date(t).toISOString()).toBe('2024-04-30T00:00:00.000Z');
  });

  it('puts same-day events of one lane on separate rows, inside their lane', () => {
    const a = layout.items.find((i) => i.id === 'source:cjeu-c670-22')!;
    const b = layout.items.find((i) => i.id === 'source:src-judgment')!;
    expect(a.x).toBe(b.x);
    expect(a.y).not.toBe(b.y);
    const eu = layout.lanes.find((l) => l.key === 'EU')!;
    for (const i of [a, b]) expect(i.y > eu.y && i.y < eu.y + eu.height).toBe(true);
  });

  it('is deterministic and gives ticks with labels', () => {
    expect(layoutTimeline(events, new Map(), ['EU', 'DE', 'NL'])).toEqual(layoutTimeline([...events], new Map(), ['EU', 'DE', 'NL']));
    expect(layout.ticks.map((t) => t.label)).toContain('2022');
  });

  it('lays out an empty timeline without failing', () => {
    expect(layoutTimeline([], new Map(), []).items).toEqual([]);
  });
});
