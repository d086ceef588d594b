import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { actorNames, operationProfile, operationRulings, parseCompareOps } from '@/lib/operations/profile';

const corpus = loadCorpus();

describe('operation profiles', () => {
  it('lists an operation’s rulings from holdings and sources tagged with it (ANOM has some)', () => {
    for (const op of ['anom', 'encrochat', 'sky-ecc']) {
      const rulings = operationRulings(corpus, op);
      expect(rulings.length, op).toBeGreaterThan(0);
      const tagged = corpus.holdings.filter((h) => h.operations.includes(op));
      for (const h of tagged) expect(rulings.flatMap((r) => r.holdings.map((x) => x.id)), h.id).toContain(h.id);
    }
  });

  it('derives who ran ANOM from its record, each name with where it was found', () => {
    const p = operationProfile(corpus, 'anom')!;
    expect(p.ranBy.map((a) => a.actor)).toEqual(expect.arrayContaining(['agency-fbi', 'agency-afp']));
    for (const a of p.ranBy) expect(a.where.length).toBeGreaterThan(0);
    expect(p.when.first?.date).toBeTruthy();
    expect(p.where.map((j) => j.code)).toEqual(expect.arrayContaining(['US', 'AU']));
    expect(p.questions.length).toBeGreaterThan(0);
  });

  it('finds agencies by name, bracketed name and initials', () => {
    expect(actorNames('Federal Bureau of Investigation')).toEqual(['Federal Bureau of Investigation', 'FBI']);
    expect(actorNames('Dutch National Police (Politie)')).toEqual(['Dutch National Police', 'Politie', 'DNP']);
  });

  it('names unknown operations in ops', () => {
    expect(parseCompareOps('encrochat,sky-ecc,anom', corpus)).toEqual({ ops: ['encrochat', 'sky-ecc', 'anom'] });
    expect(parseCompareOps('encrochat,nope', corpus).error).toMatch(/"nope" in ops/);
  });
});
