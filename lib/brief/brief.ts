/**
 * The brief builder's model: a reader's ordered selection of map nodes and rulings, kept in the
 * URL (`?items=id,id,…&style=oscola&asOf=YYYY-MM-DD`) so a brief can be shared, turned into
 * entries with footnotes (the sources each entry rests on, with their pinpoints, and the entry's
 * own permalink with the dataset version and as-of date) and a bibliography in the chosen style.
 * Pure: the caller passes the corpus, the site's origin and the access date.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { LocatedHolding } from '@/lib/data/validate';
import type { Citation, DebateNode, Pinpoint, Source } from '@/lib/model/schema';
import { isReplayDate } from '@/lib/graph/replay';
import { NODE_KIND_LABELS, formatPinpoint, holdingWords } from '@/lib/model/labels';
import { nodePath, sourcePath } from '@/lib/site';
import { CITATION_STYLES, type CitationStyle } from '@/lib/cite/format';
import type { CitationStyleId } from '@/lib/cite/csl-item';
import { formatBibliographyEntry, formatNodeNote, formatSourceNote } from './format';

/** At most this many items: a brief is a selection, and the URL must stay shareable. */
export const BRIEF_MAX_ITEMS = 50;
export const DEFAULT_BRIEF_STYLE: CitationStyleId = 'oscola';

export interface BriefRequest {
  /** Node, source or holding ids, in the reader's order (no duplicates). */
  items: string[];
  style: CitationStyle;
  asOf: string | undefined;
}

export interface BriefProblem {
  parameter: 'items' | 'style' | 'asOf';
  message: string;
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads a brief from URL parameters; every problem names the parameter and the value at fault. */
export function parseBriefParams(params: Params): { ok: true; value: BriefRequest } | { ok: false; problems: BriefProblem[] } {
  const problems: BriefProblem[] = [];
  const rawItems = (first(params.items) ?? '').trim();
  const items: string[] = [];
  for (const id of rawItems ? rawItems.split(',').map((s) => s.trim()) : []) {
    if (!/^[a-z0-9][a-z0-9-]{0,200}$/.test(id)) problems.push({ parameter: 'items', message: `"${id.slice(0, 80)}" is not an id (lower-case letters, digits and hyphens)` });
    else if (!items.includes(id)) items.push(id);
  }
  if (items.length > BRIEF_MAX_ITEMS) problems.push({ parameter: 'items', message: `a brief holds at most ${BRIEF_MAX_ITEMS} items (got ${items.length})` });
  const styleId = (first(params.style) ?? DEFAULT_BRIEF_STYLE).trim();
  const style = CITATION_STYLES.find((s) => s.id === styleId);
  if (!style) problems.push({ parameter: 'style', message: `unknown style "${styleId.slice(0, 40)}" (one of ${CITATION_STYLES.map((s) => s.id).join(', ')})` });
  const asOf = first(params.asOf)?.trim() || undefined;
  if (asOf !== undefined && !isReplayDate(asOf)) problems.push({ parameter: 'asOf', message: `"${asOf.slice(0, 40)}" is not a date in the form YYYY-MM-DD` });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { items, style: style!, asOf } };
}

/** The query string of a brief (items in order, then style and date), for links that change it. */
export function briefQuery(items: readonly string[], style: CitationStyleId, asOf?: string): string {
  const q = new URLSearchParams();
  if (items.length) q.set('items', items.join(','));
  if (style !== DEFAULT_BRIEF_STYLE) q.set('style', style);
  if (asOf) q.set('asOf', asOf);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The order after moving item i by delta (−1 up, +1 down); unchanged at the ends. */
export function moveItem(items: readonly string[], i: number, delta: -1 | 1): string[] {
  const j = i + delta;
  if (i < 0 || i >= items.length || j < 0 || j >= items.length) return [...items];
  const out = [...items];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export interface BriefFootnote {
  /** The formatted note, in the brief's style. */
  text: string;
  /** The cited record's permalink on the site (with the as-of date), after the reference. */
  url?: string;
  /** A short remark after the link, e.g. that the source has no pinpoint yet. */
  remark?: string;
}

/** A footnote as one line of plain text (the web page and the DOCX). */
export function footnoteText(f: BriefFootnote): string {
  return [f.text, f.url ? `<${f.url}>` : '', f.remark ? `(${f.remark})` : ''].filter(Boolean).join(' ');
}

export interface BriefEntry {
  id: string;
  kind: DebateNode['kind'] | 'ruling' | 'holding';
  /** "Position", "Ruling", …, for the reader. */
  kindLabel: string;
  title: string;
  /** The node's text, the ruling's summary, or the holding's summary, in the editors' words. */
  text: string;
  /** The entry's permalink with the as-of date, absolute. */
  permalink: string;
  footnotes: BriefFootnote[];
}

export interface Brief {
  style: CitationStyle;
  asOf: string | undefined;
  version: string;
  accessed: string;
  entries: BriefEntry[];
  /** One entry per source cited anywhere in the brief, in the style's bibliography form, sorted. */
  bibliography: string[];
}

const KIND_LABELS: Record<BriefEntry['kind'], string> = { ...NODE_KIND_LABELS, ruling: 'Ruling', holding: 'Holding' };

function withAsOf(url: string, asOf: string | undefined): string {
  return asOf ? `${url}${url.includes('?') ? '&' : '?'}asOf=${asOf}` : url;
}

/**
 * The ids of a request that the corpus (as of the brief's date) does not hold, so the caller can
 * answer 400 naming them before building anything.
 */
export function unknownItems(corpus: LoadedCorpus, items: readonly string[]): string[] {
  const holdings = new Set(corpus.holdings.map((h) => h.id));
  return items.filter((id) => !corpus.graph.node(id) && !corpus.sourceById.has(id) && !holdings.has(id));
}

export function buildBrief(corpus: LoadedCorpus, request: BriefRequest, base: string, accessed: string): Brief {
  const { style, asOf } = request;
  const ctx = { jurisdictions: corpus.jurisdictions };
  const cited = new Map<string, Source>();
  const sourceNote = (source: Source, pinpoint?: Pinpoint, unpinned?: string): BriefFootnote => {
    cited.set(source.id, source);
    const text = formatSourceNote(source, ctx, style, pinpoint);
    const permalink = withAsOf(base + sourcePath(source.id), asOf);
    return unpinned && !pinpoint ? { text, url: permalink, remark: 'no pinpoint yet: the source page says why' } : { text, url: permalink };
  };
  const citationNotes = (citations: readonly Citation[]) =>
    citations.flatMap((c) => {
      const s = corpus.sourceById.get(c.source);
      return s ? [sourceNote(s, c.pinpoint, c.unpinned)] : [];
    });
  const holdingById = new Map(corpus.holdings.map((h) => [h.id, h]));

  const entries = request.items.map((id): BriefEntry => {
    const node = corpus.graph.node(id);
    if (node) {
      const permalink = withAsOf(base + nodePath(node.id), asOf);
      const self = formatNodeNote(node, { permalink, version: corpus.version, accessed }, style);
      return { id, kind: node.kind, kindLabel: KIND_LABELS[node.kind], title: node.title, text: node.text, permalink, footnotes: [{ text: self }, ...citationNotes(node.citations)] };
    }
    const holding: LocatedHolding | undefined = holdingById.get(id);
    if (holding) {
      const source = corpus.sourceById.get(holding.source)!;
      const question = corpus.graph.node(holding.question);
      const permalink = withAsOf(base + sourcePath(source.id), asOf);
      const where = holding.pinpoint ? ` (${formatPinpoint(holding.pinpoint)})` : '';
      // What the court did, in its own terms, before the editors' summary: answer, disposition, evidence effect where there was one.
      const words = holdingWords(holding, question?.kind === 'question' ? question.answers : []);
      const terms = `${words.answer}. ${words.disposition}${words.evidence ? `; ${words.evidence.toLowerCase()}` : ''}. `;
      return {
        id,
        kind: 'holding',
        kindLabel: KIND_LABELS.holding,
        title: `${source.title}${question ? `, on "${question.title}"` : ''}`,
        text: `${terms}${holding.summary}${where}`,
        permalink,
        footnotes: [sourceNote(source, holding.pinpoint, holding.unpinned)],
      };
    }
    const source = corpus.sourceById.get(id);
    if (!source) throw new Error(`brief item "${id}" is not in the corpus (call unknownItems first)`);
    const permalink = withAsOf(base + sourcePath(source.id), asOf);
    return { id, kind: 'ruling', kindLabel: source.type === 'judgment' || source.type === 'decision' || source.type === 'opinion' ? 'Ruling' : 'Source', title: source.title, text: source.summary, permalink, footnotes: [sourceNote(source)] };
  });

  const bibliography = [...cited.values()].map((s) => formatBibliographyEntry(s, ctx, style)).sort((a, b) => a.localeCompare(b, 'en'));
  return { style, asOf, version: corpus.version, accessed, entries, bibliography };
}
