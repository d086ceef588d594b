/**
 * Approved contributions in the corpus's own record shapes, for curators to promote into data/
 * by pull request: each becomes a proposal with the node (or the citation), any new source and
 * actor records, and its provenance. Records are checked against the model before they are written.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { ActorFile, ArgumentNode, Citation, FactNode, Holding, Pinpoint, PositionNode, SourceFile } from '@/lib/model/schema';
import { JURISDICTION_NOT_GIVEN } from '@/lib/model/attribution';
import type { Contribution } from './contributions';
import { mergeApproved, communityNodeId, provenanceOf, suggestedPinpoint, type Provenance } from './community';
import { PROPOSED_UNPINNED, type PinpointSuggestion, type RulingProposal } from './suggestions';

export interface Proposal {
  $comment: string;
  provenance: Provenance;
  /** Where the node goes: the question file holding the target, or data/facts/ for a fact. */
  node?: unknown;
  /** For a source contribution: the citation to append to the target node's citations. */
  citation?: { target: string; citation: unknown };
  sources: unknown[];
  actors: unknown[];
  /** For a pinpoint suggestion: the pinpoint to set on the citation (node and index) or holding, in place of its "unpinned" reason. */
  pinpoint?: { target: string; citation?: number; holding?: string; pinpoint: Pinpoint; excerpt: string };
  /** For a proposed ruling: the holding to add to the question's file in data/holdings/ (its source record is in `sources`). */
  holding?: unknown;
}

export const rulingSourceId = (contributionId: string) => `community-${contributionId}-ruling`;
export const rulingHoldingId = (contributionId: string) => `h-community-${contributionId}`;

/** A proposed ruling as a source record and a holding, in the corpus's shapes. */
export function rulingRecords(c: Contribution & { submission: RulingProposal }, corpus: Pick<LoadedCorpus, 'jurisdictions'>): { source: unknown; holding: unknown } {
  const s = c.submission;
  const jurisdiction = corpus.jurisdictions.find((j) => j.courts.some((court) => court.id === s.court));
  const court = jurisdiction?.courts.find((x) => x.id === s.court);
  if (!jurisdiction || !court) throw new Error(`contribution ${c.id}: the court "${s.court}" is no longer in data/jurisdictions.json`);
  const first = s.identifiers.ecli ?? s.identifiers.neutralCitation ?? s.identifiers.caseNumbers?.[0];
  const source = SourceFile.parse({
    id: rulingSourceId(c.id),
    type: s.type,
    title: `${court.name}, ${s.type} of ${s.date}${first ? `, ${first}` : ''}`,
    issuer: court.name,
    court: court.id,
    authors: [],
    jurisdiction: jurisdiction.code,
    date: s.date,
    identifiers: { ...(s.identifiers.ecli ? { ecli: s.identifiers.ecli } : {}), caseNumbers: s.identifiers.caseNumbers ?? [], ...(s.identifiers.neutralCitation ? { neutralCitation: s.identifiers.neutralCitation } : {}), other: [] },
    url: s.url,
    additionalUrls: [],
    language: 'und',
    authority: 'court',
    verification: { status: 'unverified', seenAt: [s.url], notes: 'Proposed by a reader and checked by a moderator; not yet verified by the editors: check every identifier, the date and the language at the official URL.' },
    operations: [],
    summary: s.summary,
    appeal: [],
  });
  const holding = {
    id: rulingHoldingId(c.id),
    source: rulingSourceId(c.id),
    question: s.target,
    jurisdiction: jurisdiction.code,
    court: court.id,
    answer: s.answer,
    disposition: s.disposition,
    ...(s.dispositionNote ? { dispositionNote: s.dispositionNote } : {}),
    ...(s.notReached ? { notReached: s.notReached } : {}),
    summary: s.summary,
    unpinned: PROPOSED_UNPINNED,
    adopts: [],
    rejects: [],
    operations: [],
  };
  return { source, holding: Holding.parse(holding) };
}

export function proposalsFor(corpus: LoadedCorpus, approved: readonly Contribution[]): Proposal[] {
  const merged = mergeApproved(corpus, approved);
  const out: Proposal[] = [];
  for (const c of approved) {
    if (c.status !== 'approved') continue;
    const provenance = provenanceOf(c);
    if (c.submission.kind === 'pinpoint') {
      const s: PinpointSuggestion = c.submission;
      const place = s.citation === undefined ? { holding: s.target } : { target: s.target, citation: s.citation };
      out.push({
        $comment: `Pinpoint suggested in contribution ${c.id}, approved by a moderator on ${provenance.approvedAt.slice(0, 10)}. Check the number and the words at seenAt, then set it on the ${s.citation === undefined ? 'holding' : 'citation'} in place of its "unpinned" reason.`,
        provenance,
        pinpoint: { target: s.target, ...place, pinpoint: Pinpoint.parse(suggestedPinpoint(s)), excerpt: s.excerpt },
        sources: [],
        actors: [],
      });
      continue;
    }
    if (c.submission.kind === 'ruling') {
      const records = rulingRecords(c as Contribution & { submission: RulingProposal }, corpus);
      out.push({
        $comment: `Ruling proposed in contribution ${c.id}, approved by a moderator on ${provenance.approvedAt.slice(0, 10)}. Verify it at its official URL (identifiers, date, language, answer, disposition, a pinpoint), rename the ids, then add the source to data/sources/ and the holding to the question's file in data/holdings/.`,
        provenance,
        holding: records.holding,
        sources: [records.source],
        actors: [],
      });
      continue;
    }
    if (!corpus.graph.node(c.target)) continue;
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
