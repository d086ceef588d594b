/**
 * Approved contributions in the corpus's own record shapes, for curators to promote into data/
 * by pull request: each becomes a proposal with the node (or the citation), any new source and
 * actor records, and its provenance. Records are checked against the model before they are written.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { ActorFile, ArgumentNode, Citation, FactNode, PositionNode, SourceFile } from '@/lib/model/schema';
import { JURISDICTION_NOT_GIVEN } from '@/lib/model/attribution';
import type { Contribution } from './contributions';
import { mergeApproved, communityNodeId, provenanceOf, type Provenance } from './community';

export interface Proposal {
  $comment: string;
  provenance: Provenance;
  /** Where the node goes: the question file holding the target, or data/facts/ for a fact. */
  node?: unknown;
  /** For a source contribution: the citation to append to the target node's citations. */
  citation?: { target: string; citation: unknown };
  sources: unknown[];
  actors: unknown[];
}

export function proposalsFor(corpus: LoadedCorpus, approved: readonly Contribution[]): Proposal[] {
  const merged = mergeApproved(corpus, approved);
  const out: Proposal[] = [];
  for (const c of approved) {
    if (c.status !== 'approved' || !corpus.graph.node(c.target)) continue;
    const provenance = provenanceOf(c);
    const sources = merged.sources.filter((s) => merged.community.get(s.id)?.contributionId === c.id).map((s) => SourceFile.parse(s));
    // A contributor's actor has no jurisdiction (they gave none): the record leaves it out for the curator to fill in.
    const actors = merged.actors
      .filter((a) => merged.community.get(a.id)?.contributionId === c.id)
      .map((a) => (a.jurisdiction === JURISDICTION_NOT_GIVEN ? ActorFile.omit({ jurisdiction: true }).parse({ id: a.id, kind: a.kind, name: a.name }) : ActorFile.parse(a)));
    const proposal: Proposal = {
      $comment: `Community contribution ${c.id}, approved by a moderator on ${provenance.approvedAt.slice(0, 10)}. Verify every source, rename ids, give each new actor its jurisdiction, and move the records into data/ before merging.`,
      provenance,
      sources,
      actors,
    };
    if (c.kind === 'source') {
      const target = merged.graph.node(c.target)!;
      const added = target.citations.filter((_, i) => merged.community.get(`${c.target}#${i}`)?.contributionId === c.id);
      proposal.citation = { target: c.target, citation: added.map((x) => Citation.parse(x)) };
    } else {
      const node = merged.graph.node(communityNodeId(c.id))!;
      proposal.node = node.kind === 'position' ? PositionNode.parse(node) : node.kind === 'argument' ? ArgumentNode.parse(node) : FactNode.parse(node);
    }
    out.push(proposal);
  }
  return out;
}
