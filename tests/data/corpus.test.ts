/**
 * The curated corpus's bar (issue "The debate corpus"), asserted from data/ itself so that
 * counts and coverage cannot silently regress.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import type { AuthorityLevel } from '@/lib/model/schema';

const corpus = loadCorpus();
const of = (kind: string) => corpus.nodes.filter((n) => n.kind === kind);
const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));
const PRIMARY: AuthorityLevel[] = ['primary-law', 'court', 'official'];
/** Press releases and news have no numbered paragraphs or pages to point at. */
const UNNUMBERED_TYPES = new Set(['press-release', 'news']);
/**
 * The share of pinpointable citations that carry a pinpoint, as reached by the editors: a floor
 * so that it cannot fall. The rest say why they have none (`unpinned`), which readers see.
 */
const PINPOINT_FLOOR = 0.8;

/** Position and argument citations of primary sources that have numbered paragraphs or pages. */
function pinpointable() {
  return [...of('position'), ...of('argument')]
    .flatMap((n) => n.citations)
    .filter((c) => {
      const source = sourceById.get(c.source)!;
      return PRIMARY.includes(source.authority) && !UNNUMBERED_TYPES.has(source.type);
    });
}

describe('the curated corpus', () => {
  it('has at least 12 questions, 48 positions, 100 arguments and 80 sources', () => {
    expect(of('question').length).toBeGreaterThanOrEqual(12);
    expect(of('position').length).toBeGreaterThanOrEqual(48);
    expect(of('argument').length).toBeGreaterThanOrEqual(100);
    expect(corpus.sources.length).toBeGreaterThanOrEqual(80);
  });

  it('has holdings for at least 14 jurisdictions or supranational courts', () => {
    const keys = new Set(corpus.holdings.map((h) => (h.jurisdiction === 'EU' || h.jurisdiction === 'ECHR' ? h.court : h.jurisdiction)));
    expect([...keys].length, [...keys].sort().join(', ')).toBeGreaterThanOrEqual(14);
  });

  it('gives every question at least two positions, and both support and opposition among its arguments', () => {
    for (const q of of('question')) {
      const positions = of('position').filter((p) => p.links.some((l) => l.relation === 'answers' && l.target === q.id));
      expect(positions.length, q.id).toBeGreaterThanOrEqual(2);
      const ids = new Set(positions.map((p) => p.id));
      // Walk arguments below the positions.
      let grew = true;
      while (grew) {
        grew = false;
        for (const a of of('argument')) {
          if (!ids.has(a.id) && a.links.some((l) => ids.has(l.target))) {
            ids.add(a.id);
            grew = true;
          }
        }
      }
      const relations = of('argument').filter((a) => ids.has(a.id)).flatMap((a) => a.links.map((l) => l.relation));
      expect(relations, q.id).toContain('supports');
      expect(relations, q.id).toContain('opposes');
    }
  });

  it('attributes and cites every position and argument', () => {
    for (const n of [...of('position'), ...of('argument')]) {
      expect(n.advancedBy.length, n.id).toBeGreaterThan(0);
      expect(n.citations.length, n.id).toBeGreaterThan(0);
    }
  });

  it('points at least 80% of position and argument citations to primary sources', () => {
    const citations = [...of('position'), ...of('argument')].flatMap((n) => n.citations);
    const primary = citations.filter((c) => PRIMARY.includes(sourceById.get(c.source)!.authority));
    expect(primary.length / citations.length).toBeGreaterThanOrEqual(0.8);
  });

  it('gives every citation of a primary ruling, law or report a pinpoint, or tells readers why not', () => {
    const missing = pinpointable().filter((c) => !c.pinpoint && !c.unpinned);
    expect(missing.map((c) => c.source)).toEqual([]);
  });

  it(`pinpoints at least ${PINPOINT_FLOOR * 100}% of the citations to primary rulings, laws and reports`, () => {
    const citations = pinpointable();
    const share = citations.filter((c) => c.pinpoint).length / citations.length;
    expect(share).toBeGreaterThanOrEqual(PINPOINT_FLOOR);
  });

  it('labels every translation of a quote as official or not, and keeps quotes in their language', () => {
    const quotes = corpus.nodes.flatMap((n) => n.citations).flatMap((c) => (c.quote ? [c.quote] : []));
    for (const q of quotes) {
      if (q.language !== 'en') expect(q.translation, q.text).toBeDefined();
      if (q.translation) expect(typeof q.translation.official).toBe('boolean');
    }
  });

  it('marks every figure that another source contradicts as disputed', () => {
    for (const op of corpus.operations) {
      const groups = new Map<string, typeof op.figures>();
      for (const f of op.figures) if (f.group) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
      for (const [group, figures] of groups) {
        const values = new Set(figures.map((f) => f.value));
        if (values.size > 1) for (const f of figures) expect(f.disputed, `${op.id}/${group}/${f.id}`).toBe(true);
      }
    }
  });
});
