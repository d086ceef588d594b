import { describe, expect, it } from 'vitest';
import { proposalsFor } from '@/lib/store/export';
import { mapLookup } from '@/lib/store/community';
import type { Contribution } from '@/lib/store/contributions';
import { validateContribution } from '@/lib/store/rules';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const approved = (id: string, overrides: Record<string, unknown>): Contribution => {
  const r = validateContribution(validBody(corpus, overrides), mapLookup(corpus));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { id, status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', target: r.value.target, kind: r.value.kind, relation: r.value.relation, submission: r.value, reason: null, decidedBy: 'mod@example.org', decidedAt: '2026-01-02T00:00:00.000Z' };
};

describe('proposalsFor', () => {
  it('gives each approved contribution as corpus records that pass the model, with provenance', () => {
    const newSource = { title: 'A contributed report', url: 'https://example.org/r', date: '2025', type: 'report', jurisdiction: 'DE', pinpoint: { kind: 'page', value: '4' } };
    const [arg, src] = proposalsFor(corpus, [approved('a'.repeat(24), { sources: [newSource] }), approved('b'.repeat(24), { kind: 'source', relation: 'cites', title: undefined })]);
    expect(arg!.provenance.contributionId).toBe('a'.repeat(24));
    expect(arg!.node).toMatchObject({ kind: 'argument', links: [{ relation: 'supports' }] });
    expect(arg!.sources).toEqual([expect.objectContaining({ title: 'A contributed report', verification: expect.objectContaining({ status: 'unverified' }) })]);
    expect(arg!.actors).toEqual([expect.objectContaining({ kind: 'scholar', name: 'Test scholar' })]);
    // The contributor gave the actor no jurisdiction: the record has none for the curator to fill in.
    expect(arg!.actors[0]).not.toHaveProperty('jurisdiction');
    expect(arg!.$comment).toContain('jurisdiction');
    expect(src!.node).toBeUndefined();
    expect(src!.citation).toMatchObject({ target: src!.provenance && expect.any(String) });
    expect(JSON.stringify(src!.citation)).toContain(corpus.sources[0]!.id);
  });
});
