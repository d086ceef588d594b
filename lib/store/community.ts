/**
 * Approved contributions joined to the curated map at read time. They become community
 * nodes (and community sources and actors) with their provenance, so views can mark them;
 * the curated corpus itself is never modified. Also the map lookup the rules check against.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { indexCorpus } from '@/lib/data/corpus';
import type { Actor, AuthorityLevel, Citation, DebateNode, Link, Source, SourceType } from '@/lib/model/schema';
import { JURISDICTION_NOT_GIVEN } from '@/lib/model/attribution';
import type { Contribution } from './contributions';
import type { MapLookup, NewSource, SourceRef } from './rules';

export interface Provenance {
  contributionId: string;
  /** The contributor's name when they gave one (never their email). */
  contributor?: string;
  approvedAt: string;
  approvedBy: string;
  conflictOfInterest: string | null;
  statusUrl: string;
}

export interface CommunityCorpus extends LoadedCorpus {
  /** Community node, source, actor and citation keys ("<nodeId>#<n>") → where they came from. */
  community: ReadonlyMap<string, Provenance>;
}

export function mapLookup(corpus: Pick<LoadedCorpus, 'graph' | 'sourceById' | 'actorById'>): MapLookup {
  return {
    nodeKind: (id) => corpus.graph.node(id)?.kind,
    hasSource: (id) => corpus.sourceById.has(id),
    hasActor: (id) => corpus.actorById.has(id),
  };
}

/** A conservative authority for a contributor's source: editors re-rate it when they promote it. */
const AUTHORITY_BY_TYPE: Record<SourceType, AuthorityLevel> = {
  judgment: 'court',
  decision: 'court',
  opinion: 'court',
  legislation: 'primary-law',
  'press-release': 'official',
  report: 'official',
  article: 'scholarship',
  news: 'press',
};

export const communityNodeId = (contributionId: string) => `community-${contributionId}`;
export const communitySourceId = (contributionId: string, index: number) => `community-${contributionId}-source-${index + 1}`;
export const communityActorId = (contributionId: string) => `community-${contributionId}-actor`;

export function provenanceOf(c: Contribution): Provenance {
  const coi = c.submission.conflictOfInterest;
  return {
    contributionId: c.id,
    contributor: c.submission.contributor?.name || undefined,
    approvedAt: c.decidedAt ?? c.updatedAt,
    approvedBy: c.decidedBy ?? '',
    conflictOfInterest: coi.declared ? (coi.details ?? 'declared') : null,
    statusUrl: `/contributions/${c.id}`,
  };
}

export function communitySource(contributionId: string, index: number, s: NewSource): Source {
  return {
    id: communitySourceId(contributionId, index),
    type: s.type,
    title: s.title,
    issuer: 'Named by a community contributor',
    authors: [],
    jurisdiction: s.jurisdiction,
    date: s.date,
    identifiers: { caseNumbers: [], other: [] },
    // The model holds https URLs only; an http URL stays visible in the verification notes.
    url: s.url.startsWith('https://') ? s.url : `https://${s.url.slice('http://'.length)}`,
    additionalUrls: [],
    language: 'und',
    authority: AUTHORITY_BY_TYPE[s.type],
    verification: { status: 'unverified', seenAt: [s.url], notes: 'Submitted by a community contributor and approved by a moderator; not yet verified by the editors.' },
    operations: [],
    summary: 'A source named in a community contribution.',
    appeal: [],
  };
}

function citationsFor(contributionId: string, refs: SourceRef[], sources: Source[]): Citation[] {
  return refs.map((ref, i) => {
    if ('existing' in ref) return ref.pinpoint ? { source: ref.existing, pinpoint: ref.pinpoint } : { source: ref.existing };
    const source = communitySource(contributionId, i, ref);
    sources.push(source);
    return { source: source.id, pinpoint: ref.pinpoint };
  });
}

/** Joins approved contributions to a loaded corpus; others (pending, rejected, or whose target is gone) are left out. */
export function mergeApproved(corpus: LoadedCorpus, contributions: readonly Contribution[]): CommunityCorpus {
  const community = new Map<string, Provenance>();
  const nodes: DebateNode[] = [...corpus.nodes];
  const sources: Source[] = [...corpus.sources];
  const actors: Actor[] = [...corpus.actors];
  const extraCitations = new Map<string, Citation[]>();
  const ordered = [...contributions].filter((c) => c.status === 'approved').sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const target = corpus.graph.node(c.target);
    if (!target) continue;
    const provenance = provenanceOf(c);
    const s = c.submission;
    const newSources: Source[] = [];
    const citations = citationsFor(c.id, s.sources, newSources);
    for (const src of newSources) {
      sources.push(src);
      community.set(src.id, provenance);
    }
    if (s.kind === 'source') {
      const list = extraCitations.get(c.target) ?? [];
      for (const cit of citations) {
        community.set(`${c.target}#${target.citations.length + list.length}`, provenance);
        list.push({ ...cit, note: `Added by community contribution ${c.id}.` });
      }
      extraCitations.set(c.target, list);
      continue;
    }
    let actorId = s.advancedBy.actor && corpus.actorById.has(s.advancedBy.actor) ? s.advancedBy.actor : undefined;
    if (!actorId) {
      actorId = communityActorId(c.id);
      // The contributor names who advances it, not where: the actor gets no jurisdiction of ours.
      actors.push({ id: actorId, kind: s.advancedBy.kind, name: s.advancedBy.name, jurisdiction: JURISDICTION_NOT_GIVEN });
      community.set(actorId, provenance);
    }
    const id = communityNodeId(c.id);
    const link = { relation: s.relation, target: c.target } as Link;
    const base = {
      id,
      title: s.title ?? s.text.slice(0, 90),
      text: s.text,
      firstStated: provenance.approvedAt.slice(0, 10),
      operations: [],
      // Not the target's: the contributor never said where the claim applies.
      jurisdictions: [],
      links: [link],
      advancedBy: [actorId],
      citations,
    };
    const node: DebateNode = s.kind === 'fact' ? { ...base, kind: 'fact', status: 'contested', establishedBy: [] } : { ...base, kind: s.kind as 'position' | 'argument' };
    nodes.push(node);
    community.set(id, provenance);
  }
  const withCitations = extraCitations.size
    ? nodes.map((n) => {
        const extra = extraCitations.get(n.id);
        return extra ? ({ ...n, citations: [...n.citations, ...extra] } as DebateNode) : n;
      })
    : nodes;
  return { ...indexCorpus({ nodes: withCitations, sources, actors, operations: corpus.operations, jurisdictions: corpus.jurisdictions, holdings: corpus.holdings }), community };
}
