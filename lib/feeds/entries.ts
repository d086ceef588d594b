/**
 * What the Atom feeds list: the corpus's court rulings and the approved community contributions,
 * for the whole site or one question, jurisdiction or operation. Pure: the routes pass in the
 * merged corpus (curated + approved contributions) and the site's origin.
 */
import { pinpointAt, PINPOINT_KEY_SUFFIX, type CommunityCorpus, type Provenance } from '@/lib/store/community';
import type { DebateNode, Source } from '@/lib/model/schema';
import { latestDay } from '@/lib/model/dates';
import { formatPinpoint, NODE_KIND_LABELS, VERIFICATION_LABELS } from '@/lib/model/labels';
import { absoluteUrl, nodePath, questionPath, sourcePath } from '@/lib/site';
import type { AtomEntry, AtomFeed } from './atom';

export type FeedScope =
  | { kind: 'site' }
  | { kind: 'question'; id: string }
  | { kind: 'jurisdiction'; code: string }
  | { kind: 'operation'; id: string };

/** Where each feed lives, so pages link to exactly the URL the route serves. */
export function feedPath(scope: FeedScope): string {
  switch (scope.kind) {
    case 'site':
      return '/feed.atom';
    case 'question':
      return `${questionPath(scope.id)}/feed.atom`;
    case 'jurisdiction':
      return `/jurisdictions/${scope.code.toLowerCase()}/feed.atom`;
    case 'operation':
      return `/operations/${scope.id}/feed.atom`;
  }
}

/** The page a feed follows. */
function pagePath(scope: FeedScope): string {
  return feedPath(scope).replace(/\/?feed\.atom$/, '') || '/';
}

/** A ruling for the feeds: a court's judgment, decision or opinion. */
export function isRuling(s: Source): boolean {
  return s.authority === 'court' && (s.type === 'judgment' || s.type === 'decision' || s.type === 'opinion');
}

/** A partial date as the first instant of the last day it can mean (a ruling dated "2024-05" is listed as of 31 May). */
function dayInstant(date: string): string {
  return `${latestDay(date)}T00:00:00Z`;
}

function rulingInScope(corpus: CommunityCorpus, s: Source, scope: FeedScope): boolean {
  const holdings = corpus.holdings.filter((h) => h.source === s.id);
  switch (scope.kind) {
    case 'site':
      return true;
    case 'question':
      return holdings.some((h) => h.question === scope.id);
    case 'jurisdiction':
      return s.jurisdiction === scope.code || holdings.some((h) => h.jurisdiction === scope.code);
    case 'operation':
      return s.operations.includes(scope.id) || holdings.some((h) => h.operations.includes(scope.id));
  }
}

function rulingEntry(corpus: CommunityCorpus, s: Source, base: string): AtomEntry {
  const questions = [...new Set(corpus.holdings.filter((h) => h.source === s.id).map((h) => h.question))];
  const status = VERIFICATION_LABELS[s.verification.status].label;
  return {
    id: absoluteUrl(sourcePath(s.id), base),
    title: s.title,
    updated: dayInstant(s.date),
    published: dayInstant(s.date),
    link: absoluteUrl(sourcePath(s.id), base),
    summary: `${s.issuer}, ${s.date}. ${s.summary} Source status: ${status}.`,
    authors: [{ name: s.issuer }],
    categories: [
      { term: `jurisdiction:${s.jurisdiction}` },
      ...questions.map((q) => ({ term: `question:${q}`, label: corpus.graph.node(q)?.title })),
      ...s.operations.map((o) => ({ term: `operation:${o}` })),
    ],
  };
}

/** The curated node a community item hangs on: for a node, its link target; for an added citation, the node cited. */
function anchorOf(corpus: CommunityCorpus, key: string): DebateNode | undefined {
  const hash = key.indexOf('#');
  if (hash >= 0) return corpus.graph.node(key.slice(0, hash));
  const node = corpus.graph.node(key);
  const target = node?.links[0]?.target;
  return target ? corpus.graph.node(target) : undefined;
}

function communityInScope(corpus: CommunityCorpus, anchor: DebateNode, scope: FeedScope): boolean {
  switch (scope.kind) {
    case 'site':
      return true;
    case 'question':
      return corpus.graph.rootOf(anchor.id) === scope.id;
    case 'jurisdiction':
      return anchor.jurisdictions.includes(scope.code);
    case 'operation':
      return anchor.operations.includes(scope.id);
  }
}

/** A reader's pinpoint on a curated citation or holding, once approved. */
function pinpointEntry(corpus: CommunityCorpus, key: string, provenance: Provenance, scope: FeedScope, base: string): AtomEntry | undefined {
  const at = pinpointAt(corpus, key);
  const place = key.slice(0, -PINPOINT_KEY_SUFFIX.length);
  const hash = place.lastIndexOf('#');
  const anchor = hash >= 0 ? corpus.graph.node(place.slice(0, hash)) : corpus.graph.node(corpus.holdings.find((h) => h.id === place)?.question ?? '');
  if (!at?.pinpoint || !anchor || !communityInScope(corpus, anchor, scope)) return undefined;
  const statusUrl = absoluteUrl(provenance.statusUrl, base);
  return {
    id: `${statusUrl}#${encodeURIComponent(key)}`,
    title: `Pinpoint supplied: ${formatPinpoint(at.pinpoint)} in ${at.source?.title ?? 'a source'}`,
    updated: provenance.approvedAt,
    published: provenance.approvedAt,
    link: absoluteUrl(at.href, base),
    summary: `A reader supplied ${formatPinpoint(at.pinpoint)} for ${at.source?.title ?? 'a source'} cited on "${anchor.title}"; checked by a moderator ${provenance.approvedAt.slice(0, 10)}.`,
    authors: [{ name: provenance.contributor ?? 'A community contributor' }],
    categories: [{ term: 'community' }, { term: `node:${anchor.id}`, label: anchor.title }],
  };
}

function communityEntries(corpus: CommunityCorpus, scope: FeedScope, base: string): AtomEntry[] {
  const entries: AtomEntry[] = [];
  for (const [key, provenance] of corpus.community) {
    if (key.endsWith(PINPOINT_KEY_SUFFIX)) {
      const entry = pinpointEntry(corpus, key, provenance, scope, base);
      if (entry) entries.push(entry);
      continue;
    }
    // Community sources are listed through the node or citation that uses them; actors are not news.
    const isNode = corpus.graph.node(key) !== undefined;
    const isCitation = key.includes('#');
    if (!isNode && !isCitation) continue;
    const anchor = anchorOf(corpus, key);
    if (!anchor || !communityInScope(corpus, anchor, scope)) continue;
    const statusUrl = absoluteUrl(provenance.statusUrl, base);
    const author = { name: provenance.contributor ?? 'A community contributor' };
    let title: string;
    let summary: string;
    if (isNode) {
      const node = corpus.graph.node(key)!;
      title = `${NODE_KIND_LABELS[node.kind]}: ${node.title}`;
      summary = `${node.text} (On "${anchor.title}"; approved ${provenance.approvedAt.slice(0, 10)}.)`;
    } else {
      const n = Number(key.slice(key.indexOf('#') + 1));
      const citation = anchor.citations[n];
      const source = citation ? corpus.sourceById.get(citation.source) : undefined;
      title = `Source added to "${anchor.title}"`;
      summary = `${source ? source.title : 'A source'} was added to "${anchor.title}"; approved ${provenance.approvedAt.slice(0, 10)}.`;
    }
    entries.push({
      // One contribution can add several citations: the key keeps their entries apart.
      id: isNode ? statusUrl : `${statusUrl}#${encodeURIComponent(key)}`,
      title,
      updated: provenance.approvedAt,
      published: provenance.approvedAt,
      // The entry's id stays the contribution's record (Atom ids never change); the link is the node's own page.
      link: absoluteUrl(nodePath(isNode ? key : anchor.id), base),
      summary,
      authors: [author],
      categories: [{ term: 'community' }, { term: `node:${anchor.id}`, label: anchor.title }],
    });
  }
  return entries;
}

function scopeTitle(corpus: CommunityCorpus, scope: FeedScope): string {
  switch (scope.kind) {
    case 'site':
      return 'Admissible: new rulings and approved contributions';
    case 'question':
      return `Admissible: ${corpus.graph.node(scope.id)?.title ?? scope.id}`;
    case 'jurisdiction':
      return `Admissible: ${corpus.jurisdictions.find((j) => j.code === scope.code)?.name ?? scope.code}`;
    case 'operation':
      return `Admissible: ${corpus.operations.find((o) => o.id === scope.id)?.name ?? scope.id}`;
  }
}

/** The scope exists in the corpus (routes answer 404 otherwise). */
export function scopeExists(corpus: CommunityCorpus, scope: FeedScope): boolean {
  switch (scope.kind) {
    case 'site':
      return true;
    case 'question':
      return corpus.graph.node(scope.id)?.kind === 'question';
    case 'jurisdiction':
      return corpus.jurisdictions.some((j) => j.code === scope.code);
    case 'operation':
      return corpus.operations.some((o) => o.id === scope.id);
  }
}

export const FEED_ENTRY_LIMIT = 200;

/** The feed for one scope: rulings and approved contributions, newest first, at most FEED_ENTRY_LIMIT. */
export function buildFeed(corpus: CommunityCorpus, scope: FeedScope, base: string): AtomFeed {
  const rulings = corpus.sources.filter((s) => isRuling(s) && !corpus.community.has(s.id) && rulingInScope(corpus, s, scope)).map((s) => rulingEntry(corpus, s, base));
  const entries = [...rulings, ...communityEntries(corpus, scope, base)]
    .sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id))
    .slice(0, FEED_ENTRY_LIMIT);
  const self = absoluteUrl(feedPath(scope), base);
  return {
    id: self,
    title: scopeTitle(corpus, scope),
    subtitle: 'Court rulings in the corpus (dated by the ruling) and community contributions (dated by their approval).',
    self,
    alternate: absoluteUrl(pagePath(scope), base),
    fallbackUpdated: '2020-01-01T00:00:00Z',
    author: { name: 'Admissible', uri: absoluteUrl('/about', base) },
    rights: 'Content under CC BY-SA 4.0',
    entries,
  };
}
