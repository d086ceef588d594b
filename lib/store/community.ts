/**
 * Approved contributions joined to the curated map at read time. They become community
 * nodes (and community sources and actors) with their provenance, so views can mark them;
 * the curated corpus itself is never modified. Also the map lookup the rules check against.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { indexCorpus } from '@/lib/data/corpus';
import type { Actor, Answer, AuthorityLevel, Citation, DebateNode, Link, Pinpoint, Source, SourceType } from '@/lib/model/schema';
import { JURISDICTION_NOT_GIVEN } from '@/lib/model/attribution';
import type { Contribution } from './contributions';
import type { MapLookup, NewSource, SourceRef } from './rules';
import type { PinpointSuggestion, SuggestionLookup } from './suggestions';

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

export function mapLookup(corpus: Pick<LoadedCorpus, 'graph' | 'sourceById' | 'actorById' | 'holdings' | 'jurisdictions'>): MapLookup & SuggestionLookup {
  return {
    ...suggestionLookup(corpus),
    nodeKind: (id) => corpus.graph.node(id)?.kind,
    hasSource: (id) => corpus.sourceById.has(id),
    hasActor: (id) => corpus.actorById.has(id),
  };
}

/** A question's answer vocabulary (none for other nodes). */
export function answersOf(node: DebateNode | undefined): Answer[] {
  return node?.kind === 'question' ? node.answers : [];
}

/** The lookups the pinpoint and ruling rules need: citations, holdings, question answers and courts. */
export function suggestionLookup(corpus: Pick<LoadedCorpus, 'graph' | 'holdings' | 'jurisdictions'>): SuggestionLookup {
  const holdings = new Map(corpus.holdings.map((h) => [h.id, h]));
  const courts = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, { name: c.name, jurisdiction: j.code }] as const)));
  return {
    citation(nodeId, index) {
      const c = corpus.graph.node(nodeId)?.citations[index];
      return c ? { source: c.source, pinned: c.pinpoint !== undefined } : undefined;
    },
    holding(id) {
      const h = holdings.get(id);
      return h ? { source: h.source, question: h.question, pinned: h.pinpoint !== undefined } : undefined;
    },
    questionAnswers(id) {
      const node = corpus.graph.node(id);
      return node?.kind === 'question' ? answersOf(node).map((a) => a.id) : undefined;
    },
    court: (id) => courts.get(id),
  };
}

/** Keys in `community` for a reader's pinpoint on a curated citation or holding. */
export const PINPOINT_KEY_SUFFIX = '/pinpoint';
export const citationPinpointKey = (nodeId: string, index: number) => `${nodeId}#${index}${PINPOINT_KEY_SUFFIX}`;
export const holdingPinpointKey = (holdingId: string) => `${holdingId}${PINPOINT_KEY_SUFFIX}`;

export interface ReaderPinpointItem {
  /** The node (with `citation`) or the holding (with `holding`). */
  target: string;
  citation?: number;
  holding?: string;
  pinpoint: Pinpoint;
  provenance: Provenance;
}

/** Every approved reader's pinpoint in a merged corpus, with where it belongs. */
export function readerPinpoints(corpus: CommunityCorpus): ReaderPinpointItem[] {
  const items: ReaderPinpointItem[] = [];
  for (const [key, provenance] of corpus.community) {
    if (!key.endsWith(PINPOINT_KEY_SUFFIX)) continue;
    const at = pinpointAt(corpus, key);
    if (!at?.pinpoint) continue;
    const place = key.slice(0, -PINPOINT_KEY_SUFFIX.length);
    const hash = place.lastIndexOf('#');
    items.push(
      hash >= 0
        ? { target: place.slice(0, hash), citation: Number(place.slice(hash + 1)), pinpoint: at.pinpoint, provenance }
        : { target: place, holding: place, pinpoint: at.pinpoint, provenance },
    );
  }
  return items;
}

/** The citation or holding a pinpoint key names in a merged corpus, with the page that shows it. */
export function pinpointAt(corpus: CommunityCorpus, key: string): { pinpoint?: Pinpoint; source?: Source; title: string; href: string } | undefined {
  const at = key.slice(0, -PINPOINT_KEY_SUFFIX.length);
  const hash = at.lastIndexOf('#');
  if (hash >= 0) {
    const node = corpus.graph.node(at.slice(0, hash));
    const citation = node?.citations[Number(at.slice(hash + 1))];
    if (!node || !citation) return undefined;
    const href = node.kind === 'question' ? `/questions/${encodeURIComponent(node.id)}` : `/node/${encodeURIComponent(node.id)}`;
    return { pinpoint: citation.pinpoint, source: corpus.sourceById.get(citation.source), title: node.title, href };
  }
  const holding = corpus.holdings.find((h) => h.id === at);
  if (!holding) return undefined;
  return { pinpoint: holding.pinpoint, source: corpus.sourceById.get(holding.source), title: 'its holding', href: `/questions/${encodeURIComponent(holding.question)}#${encodeURIComponent(holding.id)}` };
}

/** The pinpoint as the model holds it: where the reader read the words becomes its seenAt. */
export function suggestedPinpoint(s: PinpointSuggestion): Pinpoint {
  return { kind: s.pinpoint.kind, value: s.pinpoint.value, seenAt: s.seenAt };
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
  /** Readers' pinpoints for curated citations ("<nodeId>#<index>") and holdings, the first approved one winning. */
  const citationPins = new Map<string, { pinpoint: Pinpoint; provenance: Provenance }>();
  const holdingPins = new Map<string, { pinpoint: Pinpoint; provenance: Provenance }>();
  const ordered = [...contributions].filter((c) => c.status === 'approved').sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const s = c.submission;
    // A proposed ruling waits for the curators (contributions:export); it does not join the map unverified.
    if (s.kind === 'ruling') continue;
    if (s.kind === 'pinpoint') {
      const pins = s.citation === undefined ? holdingPins : citationPins;
      const key = s.citation === undefined ? s.target : `${s.target}#${s.citation}`;
      if (!pins.has(key)) pins.set(key, { pinpoint: suggestedPinpoint(s), provenance: provenanceOf(c) });
      continue;
    }
    const target = corpus.graph.node(c.target);
    if (!target) continue;
    const provenance = provenanceOf(c);
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
  const withCitations = extraCitations.size || citationPins.size
    ? nodes.map((n) => {
        const extra = extraCitations.get(n.id);
        const pinned = citationPins.size ? pinCitations(n, citationPins, community) : n.citations;
        return extra || pinned !== n.citations ? ({ ...n, citations: [...pinned, ...(extra ?? [])] } as DebateNode) : n;
      })
    : nodes;
  const holdings = holdingPins.size
    ? corpus.holdings.map((h) => {
        const pin = holdingPins.get(h.id);
        if (!pin || h.pinpoint) return h;
        community.set(holdingPinpointKey(h.id), pin.provenance);
        const { unpinned: _reason, ...rest } = h;
        return { ...rest, pinpoint: pin.pinpoint };
      })
    : corpus.holdings;
  return { ...indexCorpus({ nodes: withCitations, sources, actors, operations: corpus.operations, jurisdictions: corpus.jurisdictions, holdings }), community };
}

/** The node's curated citations with readers' approved pinpoints in place of "unpinned" reasons (a curated pinpoint always stays). */
function pinCitations(node: DebateNode, pins: ReadonlyMap<string, { pinpoint: Pinpoint; provenance: Provenance }>, community: Map<string, Provenance>): Citation[] {
  let changed = false;
  const citations = node.citations.map((c, i) => {
    const pin = pins.get(`${node.id}#${i}`);
    if (!pin || c.pinpoint) return c;
    changed = true;
    community.set(citationPinpointKey(node.id, i), pin.provenance);
    const { unpinned: _reason, ...rest } = c;
    return { ...rest, pinpoint: pin.pinpoint };
  });
  return changed ? citations : node.citations;
}
