import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { loadCorpus } from '@/lib/data/read';
import { evaluateCorpus, evaluationOverlay, explainLabel, mapAttacks, settledStances } from '@/lib/evaluation/corpus';
import { compareFixtureFiles } from '../../fixtures/compare';

const corpus = validateCorpus(compareFixtureFiles());
const titles = new Map(corpus.nodes.map((n) => [n.id, n.title]));
const labelOf = (e: ReturnType<typeof evaluateCorpus>, id: string) => e.labelling.labels.get(id);

describe('the map as a framework', () => {
  it('reads opposes and undercuts as attacks, and nothing else', () => {
    expect(mapAttacks(corpus).map((a) => `${a.from} ${a.relation} ${a.to}`)).toEqual([
      'arg-against-yes opposes pos-yes',
      'arg-undercut undercuts arg-for-yes',
      'arg-second-against-a opposes pos-second-a',
      'arg-second-rebuttal opposes arg-second-against-a',
    ]);
  });

  it('labels the whole map: an opposed position is out, a rebutted attack is out and its target reinstated', () => {
    const e = evaluateCorpus(corpus);
    expect(labelOf(e, 'pos-yes')).toBe('out');
    expect(labelOf(e, 'arg-for-yes')).toBe('out');
    expect(labelOf(e, 'pos-no')).toBe('in');
    expect(labelOf(e, 'arg-second-against-a')).toBe('out');
    expect(labelOf(e, 'pos-second-a')).toBe('in');
    expect(e.labelling.labels.has('q-test')).toBe(false);
    expect(explainLabel(e, 'pos-yes', (id) => titles.get(id))).toBe('Out: it is attacked by “A reason against yes”, which is in.');
    expect(explainLabel(e, 'pos-second-a', (id) => titles.get(id))).toBe('In: it is attacked by “A reason against answer A”, but that attacker is itself out, so it is defended.');
  });

  it('does not make answers to the same question attack each other', () => {
    const e = evaluateCorpus(corpus);
    expect(labelOf(e, 'pos-second-a')).toBe('in');
    expect(labelOf(e, 'pos-second-b')).toBe('in');
  });
});

describe('per-jurisdiction view (holdings taken as settled)', () => {
  it('picks the highest court, then the latest ruling, to fix each position', () => {
    const stances = settledStances(corpus.holdings.filter((h) => h.jurisdiction === 'DE'), (id) => ({ 'de-bgh': 2, 'de-olg': 3, 'de-lg': 4 })[id] ?? 99);
    expect(stances.get('pos-no')).toMatchObject({ stance: 'rejected', holding: { id: 'h-de-bgh-2022' } });
    expect(stances.get('pos-second-a')).toMatchObject({ stance: 'adopted', holding: { id: 'h-de-olg-2023' } });
  });

  it('rejected positions go out, adopted ones come in by defeating their attackers', () => {
    const e = evaluateCorpus(corpus, { jurisdiction: 'DE' });
    expect(labelOf(e, 'pos-no')).toBe('out');
    expect(labelOf(e, 'pos-yes')).toBe('in');
    expect(labelOf(e, 'arg-against-yes')).toBe('out');
    expect(explainLabel(e, 'pos-no', (id) => titles.get(id), 'Germany')).toBe(
      'Out: the ruling of the Test Federal Court of Justice (Synthetic ruling de-bgh-2022, 2022-03-02) rejected this position, and this view takes that ruling as settled in Germany.',
    );
    // The Federal Court of Justice answered "yes", whose position is pos-yes: its answer adopts it, outranking the Regional Court's explicit adoption.
    expect(explainLabel(e, 'arg-against-yes', (id) => titles.get(id), 'Germany')).toMatch(/^Out: it attacks “Yes, it is”, which the ruling of the Test Federal Court of Justice .* adopted/);
  });

  it('takes the positions of a holding\'s answer as adopted, unless it rejects them, and a holding that did not reach its question as touching nothing', () => {
    const rank = () => 1;
    const base = corpus.holdings.find((h) => h.id === 'h-de-bgh-2022')!;
    const positions = (h: { answer: string }) => (h.answer === 'yes' ? ['pos-yes'] : h.answer === 'no' ? ['pos-no'] : []);
    expect(settledStances([{ ...base, rejects: [] }], rank, positions).get('pos-yes')).toMatchObject({ stance: 'adopted' });
    expect(settledStances([{ ...base, rejects: ['pos-yes'] }], rank, positions).get('pos-yes')).toMatchObject({ stance: 'rejected' });
    expect(settledStances([{ ...base, answer: 'not-reached', rejects: [], adopts: [] }], rank, positions).size).toBe(0);
  });

  it('changes nothing for a jurisdiction without holdings', () => {
    expect(Object.fromEntries(evaluateCorpus(corpus, { jurisdiction: 'FR' }).labelling.labels)).toEqual(Object.fromEntries(evaluateCorpus(corpus).labelling.labels));
  });
});

describe('on the loaded corpus (data/, or ADMISSIBLE_DATA_DIR)', () => {
  const real = loadCorpus();
  it('labels every position, argument and fact, and explains each', () => {
    for (const jurisdiction of [undefined, ...real.jurisdictions.map((j) => j.code)]) {
      const overlay = evaluationOverlay(real, jurisdiction ? { jurisdiction } : {});
      const expected = real.nodes.filter((n) => n.kind !== 'question').map((n) => n.id).sort();
      expect(Object.keys(overlay.labels).sort()).toEqual(expected);
      for (const { label, explanation } of Object.values(overlay.labels)) {
        expect(['in', 'out', 'undecided']).toContain(label);
        expect(explanation.length).toBeGreaterThan(20);
      }
    }
  });

  it('is deterministic', () => {
    expect(evaluationOverlay(loadCorpus())).toEqual(evaluationOverlay(real));
    const shuffled = { ...real, nodes: [...real.nodes].reverse(), holdings: [...real.holdings].reverse() };
    expect(evaluationOverlay(shuffled).labels).toEqual(evaluationOverlay(real).labels);
  });
});
