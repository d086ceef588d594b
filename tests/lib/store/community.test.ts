import { describe, expect, it } from 'vitest';
import { communityNodeId, mergeApproved } from '@/lib/store/community';
import type { Contribution } from '@/lib/store/contributions';
import { validateContribution } from '@/lib/store/rules';
import { mapLookup } from '@/lib/store/community';
import { actorJurisdictionLabel, JURISDICTION_NOT_GIVEN } from '@/lib/model/attribution';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));

function contribution(id: string, status: Contribution['status'], overrides: Record<string, unknown> = {}): Contribution {
  const r = validateContribution(validBody(corpus, overrides), mapLookup(corpus));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { id, status, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', target: r.value.target, kind: r.value.kind, relation: r.value.relation, submission: r.value, reason: null, decidedBy: 'mod@example.org', decidedAt: '2026-01-02T00:00:00.000Z' };
}

describe('mergeApproved', () => {
  it('adds approved contributions as community nodes linked to their target, with provenance', () => {
    const a = contribution('a'.repeat(24), 'approved', { contributor: { name: 'Ada', email: 'ada@example.org' }, conflictOfInterest: { declared: true, details: 'I act in a case about this.' } });
    const merged = mergeApproved(corpus, [a, contribution('b'.repeat(24), 'pending'), contribution('c'.repeat(24), 'rejected')]);
    expect(merged.nodes).toHaveLength(corpus.nodes.length + 1);
    const id = communityNodeId(a.id);
    const node = merged.graph.node(id)!;
    expect(node).toMatchObject({ kind: 'argument', title: 'Synthetic test argument', firstStated: '2026-01-02', links: [{ relation: 'supports', target: a.target }] });
    expect(merged.graph.children(a.target).map((e) => e.from)).toContain(id);
    expect(merged.community.get(id)).toEqual({ contributionId: a.id, contributor: 'Ada', approvedAt: a.decidedAt, approvedBy: 'mod@example.org', conflictOfInterest: 'I act in a case about this.', statusUrl: `/contributions/${a.id}` });
    const actor = merged.actorById.get(node.advancedBy[0]!)!;
    expect(actor).toMatchObject({ kind: 'scholar', name: 'Test scholar' });
    expect(JSON.stringify(merged)).not.toContain('ada@example.org');
    // The curated corpus is untouched.
    expect(corpus.graph.node(id)).toBeUndefined();
  });

  it('turns a new source into an unverified community source, and a source contribution into a citation on its target', () => {
    const newSource = { title: 'A contributed report', url: 'http://example.org/report', date: '2025-05', type: 'report', jurisdiction: 'DE', pinpoint: { kind: 'page', value: '7' } };
    const s = contribution('d'.repeat(24), 'approved', { kind: 'source', relation: 'cites', title: undefined, sources: [newSource] });
    const merged = mergeApproved(corpus, [s]);
    const target = merged.graph.node(s.target)!;
    const added = target.citations[target.citations.length - 1]!;
    expect(added.pinpoint).toEqual({ kind: 'page', value: '7' });
    const source = merged.sourceById.get(added.source)!;
    expect(source).toMatchObject({ title: 'A contributed report', url: 'https://example.org/report', authority: 'official', verification: { status: 'unverified', seenAt: ['http://example.org/report'] } });
    expect(merged.community.get(source.id)?.contributionId).toBe(s.id);
    expect(merged.nodes).toHaveLength(corpus.nodes.length);
  });

  it('gives a contributed actor and node no jurisdiction the contributor did not give', () => {
    // A target with a jurisdiction of its own, which the contribution must not inherit.
    const position = corpus.nodes.find((n) => n.kind === 'position')!;
    const code = corpus.jurisdictions[0]!.code;
    const withJurisdiction = indexCorpus({ ...corpus, nodes: corpus.nodes.map((n) => (n.id === position.id ? { ...n, jurisdictions: [code] } : n)) });
    const target = withJurisdiction.graph.node(position.id)!;
    const newSource = { title: 'A contributed judgment', url: 'https://example.org/j', date: '2025-05', type: 'judgment', jurisdiction: 'DE', pinpoint: { kind: 'paragraph', value: '12' } };
    const c = contribution('f'.repeat(24), 'approved', { target: target.id, sources: [newSource] });
    const merged = mergeApproved(withJurisdiction, [c]);
    const node = merged.graph.node(communityNodeId(c.id))!;
    expect(target.jurisdictions.length).toBeGreaterThan(0);
    expect(node.jurisdictions).toEqual([]);
    const actor = merged.actorById.get(node.advancedBy[0]!)!;
    expect(actor.jurisdiction).toBe(JURISDICTION_NOT_GIVEN);
    expect(actorJurisdictionLabel(actor.jurisdiction)).toBe('jurisdiction not given');
    // The new source keeps the jurisdiction its contributor gave it.
    expect(merged.sourceById.get(node.citations[0]!.source)!.jurisdiction).toBe('DE');
  });

  it('leaves out an approved contribution whose target no longer exists', () => {
    const orphan = { ...contribution('e'.repeat(24), 'approved'), target: 'gone' };
    expect(mergeApproved(corpus, [orphan]).nodes).toHaveLength(corpus.nodes.length);
  });
});
