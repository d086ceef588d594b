/**
 * Sources and map nodes as CSL-JSON items, the stored form every citation format is made from
 * (BibTeX and RIS lose fields; CSL-JSON keeps them). Court decisions are `legal_case` with the
 * court as `authority` and the case number as `number`, as the CSL 1.0 specification intends.
 */
import type { Court, DebateNode, Jurisdiction, Source, SourceType } from '@/lib/model/schema';
import { NODE_KIND_LABELS } from '@/lib/model/labels';

type DateParts = { 'date-parts': [number[]] };
type CslName = { family: string; given: string } | { literal: string };

/** The citation styles the site formats in (lib/cite/format.ts); an item may vary by style. */
export type CitationStyleId = 'oscola' | 'apa' | 'chicago';

/** The CSL 1.0.2 item fields this project writes. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  authority?: string;
  number?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  jurisdiction?: string;
  issued?: DateParts;
  accessed?: DateParts;
  URL?: string;
  version?: string;
  genre?: string;
  language?: string;
  note?: string;
  references?: string;
  source?: string;
}

const CSL_TYPES: Record<SourceType, string> = {
  judgment: 'legal_case',
  decision: 'legal_case',
  opinion: 'legal_case',
  legislation: 'legislation',
  'press-release': 'report',
  report: 'report',
  article: 'article-journal',
  news: 'article-newspaper',
};

/** "2024-04-30" → {date-parts: [[2024, 4, 30]]}; partial dates keep only what is known. */
export function dateParts(date: string): DateParts {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** A neutral citation "[2021] EWCA Crim 128" read as year, court abbreviation and number. */
export function parseNeutralCitation(citation: string): { year: number; court: string; number: string } | undefined {
  const m = /^\[(\d{4})\]\s+([A-Za-z][A-Za-z .()]*?)\s+(\d+[A-Za-z]?)(?:\s*\(.*\))?$/.exec(citation.trim());
  return m ? { year: Number(m[1]), court: m[2]!, number: m[3]! } : undefined;
}

/**
 * A journal named with its volume, issue and pages, as some records give it ("New Journal of
 * European Criminal Law 14(3) 273-293", "Revija … 63(3)"), read into its parts so the styles can
 * place them; undefined for any other container (a website, "HRRS 12/2024").
 */
export function journalParts(container: string): { journal: string; volume: string; issue: string; page?: string } | undefined {
  const m = /^(.+?) (\d+)\((\d+(?:[-–]\d+)?)\)(?: (\d+(?:[-–]\d+)?))?$/.exec(container.trim());
  return m ? { journal: m[1]!, volume: m[2]!, issue: m[3]!, page: m[4] } : undefined;
}

/** ECLI, neutral citation, CELEX number, case numbers and other identifiers, as the record gives them. */
export function sourceIdentifiers(source: Source): string[] {
  const ids = source.identifiers;
  return [ids.ecli, ids.neutralCitation, ids.celex ? `CELEX ${ids.celex}` : undefined, ...ids.caseNumbers, ...ids.other].filter((x): x is string => Boolean(x));
}

/**
 * The name a citation gives a decision: its title without the identifiers the styles print
 * themselves ("…, Case C-670/22", "… – 5 StR 457/21", "…, n° 21-85.763", "…, ECLI:NL:HR:2023:913",
 * "R v X [2021] EWCA Crim 1"), which would otherwise appear twice in one reference.
 */
export function caseName(source: Source): string {
  if (!CASE_TYPES.has(source.type)) return source.title;
  const ids = source.identifiers;
  const identifiers = [ids.neutralCitation, ids.ecli, ...ids.caseNumbers].filter((x): x is string => Boolean(x)).map(escapeRegExp);
  if (!identifiers.length) return source.title;
  const one = `(?:${identifiers.sort((a, b) => b.length - a.length).join('|')})`;
  // A run of identifiers joined by commas or "and"/"et", with the word that introduces them.
  const run = String.raw`${one}(?:\s*(?:,|and|et|og|och|&)\s*${one})*(?:\s+and others\b)?`;
  const lead = String.raw`(?:\b(?:Case|case|cases|pourvoi|sag|sagerne|mål|Court File|applications?|nos?\.|n°|n\.|No\.)\s*)*`;
  const name = source.title
    .replace(new RegExp(String.raw`\s*(?:[,;:]|\s[–-])?\s*${lead}${run}`, 'g'), '')
    .replace(/\s*\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,;:–-]+$/, '')
    .trim();
  return name.length >= 3 ? name : source.title;
}

/**
 * The title a citation gives a source that is not a court decision: the document's own title
 * (`ownTitle` where the site's label adds the editors' annotations), or, where its own title was
 * not seen (`ownTitle: null`), the editors' description in square brackets, the form APA 7 gives a
 * work without a title. lib/cite/format.ts keeps the styles from quoting or re-casing it.
 */
export function citedTitle(source: Source): string {
  if (source.ownTitle === null) return `[${source.title}]`;
  return source.ownTitle ?? source.title;
}

/** A title in square brackets is a description of a work whose own title is not known, not a title. */
export function isDescription(title: string): boolean {
  return /^\[[^]*\]$/.test(title);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CASE_TYPES = new Set<SourceType>(['judgment', 'decision', 'opinion']);

export interface SourceContext {
  jurisdictions: readonly Jurisdiction[];
}

export function courtOf(source: Source, ctx: SourceContext): Court | undefined {
  if (!source.court) return undefined;
  for (const j of ctx.jurisdictions) for (const c of j.courts) if (c.id === source.court) return c;
  return undefined;
}

/**
 * The court as a reference manager's "court" field should hold it: the record's issuer without the
 * judges some records name after it ("Court of Appeal (Criminal Division): Lord Burnett …",
 * "High Court of Australia (Gageler CJ, …)"), keeping a chamber ("Bundesgerichtshof (5. Strafsenat)").
 */
export function courtName(source: Source, ctx: SourceContext): string {
  const issuer = source.issuer.split(':')[0]!.trim();
  const judges = /\s*\(([^)]*\b(?:CJ|ACJ|JJ|J|LJ|KC|JA|P)\b[^)]*)\)\s*$/;
  const court = courtOf(source, ctx)?.name;
  const bare = issuer.replace(judges, '').trim();
  return court && bare === court ? court : bare;
}

/**
 * The body that issued a press release or report, as its author: the record's issuer without the
 * editor's note of where it was read ("Australian Federal Police (as reported by dpa)" →
 * "Australian Federal Police"); the URL already says where.
 */
export function issuingBody(source: Source): string {
  const body = source.issuer.replace(/\s*\((?:as )?(?:reported|reproduced|copied)\b[^)]*\)/g, '').replace(/,?\s+as (?:reported|reproduced)$/, '').trim();
  return body || source.issuer;
}

/** The CSL-JSON item for a source record; the id is the source id, so exports round-trip by id. */
export function sourceToCsl(source: Source, ctx: SourceContext, variant: CitationStyleId = 'oscola'): CslItem {
  const type = CSL_TYPES[source.type];
  const item: CslItem = { id: source.id, type, title: CASE_TYPES.has(source.type) ? caseName(source) : citedTitle(source), issued: dateParts(source.date), URL: source.url, language: source.language };
  const ids = source.identifiers;
  const jurisdictionName = ctx.jurisdictions.find((j) => j.code === source.jurisdiction)?.name;
  if (jurisdictionName) item.jurisdiction = jurisdictionName;
  if (source.authors.length) item.author = source.authors.map((a) => ('literal' in a ? { literal: a.literal } : { family: a.family, given: a.given }));
  if (type === 'legal_case') {
    // The stored form (CSL-JSON export, reference managers): the court as `authority`, and as
    // `number` the neutral citation where the decision has one (it is how such a decision is cited;
    // its registry numbers stay in the note), otherwise its case numbers. The styles' printed forms
    // of decisions come from lib/cite/legal.ts, not from these fields.
    item.authority = courtName(source, ctx);
    const number = ids.neutralCitation ?? (ids.caseNumbers.length ? ids.caseNumbers.join(', ') : undefined);
    if (number) item.number = number;
    if (source.type === 'opinion') item.genre = 'Opinion';
  } else if (type === 'legislation') {
    if (ids.celex) item.number = `CELEX ${ids.celex}`;
    item.authority = source.issuer;
  } else if (source.type === 'press-release') {
    // The issuing body is the author (APA 7 10.3: "Organisation. (date). Title [Press release]. URL",
    // no publisher repeating the author); OSCOLA names it a press release where a website's name goes.
    if (!item.author) item.author = [{ literal: issuingBody(source) }];
    item.type = 'webpage';
    if (variant === 'oscola') item['container-title'] = 'Press release';
    else item.genre = 'Press release';
  } else if (type === 'report') {
    // An issuer that names the author (a speech: "Mark Dreyfus, Attorney-General of Australia
    // (House of Representatives Hansard)") is no publisher: the styles would print the author twice.
    const namesAuthor = source.authors.some((a) => source.issuer.includes('literal' in a ? a.literal : a.family));
    if (!item.author) item.author = [{ literal: issuingBody(source) }];
    else if (!namesAuthor) item.publisher = source.issuer;
    if (ids.other.length) item.number = ids.other.join(', ');
  } else {
    item['container-title'] = source.container ?? source.issuer;
    const journal = type === 'article-journal' ? journalParts(item['container-title']) : undefined;
    if (journal) {
      item['container-title'] = journal.journal;
      item.volume = journal.volume;
      item.issue = journal.issue;
      if (journal.page) item.page = journal.page;
    }
  }
  // Every identifier, also in the note: the styles do not print it, and BibTeX and RIS keep it.
  const identifiers = sourceIdentifiers(source);
  if (identifiers.length) item.note = identifiers.join('; ');
  return item;
}

export const SITE_NAME = 'Admissible';

export interface NodeCitationContext {
  /** The node's permalink (absolute URL). */
  permalink: string;
  /** getCorpus().version, the dataset version readers should cite. */
  version: string;
  /** The access date, YYYY-MM-DD. */
  accessed: string;
  /** The date the debate is shown as of (YYYY-MM-DD), when it is not today's. */
  asOf?: string;
}


/**
 * A node of the map as a citable entry of the Admissible reference work, with its permalink,
 * the dataset version and the access date. The styles print a version differently, so each gets
 * the variant it renders clearly: OSCOLA cites a website (its style has no version variable, so
 * the version goes into the site name), APA an encyclopedia entry whose version is written out
 * (citeproc drops APA's "Version" label for hex hashes that look numeric), Chicago an entry with
 * its own "version" label.
 */
export function nodeToCsl(node: DebateNode, ctx: NodeCitationContext, variant: CitationStyleId = 'chicago'): CslItem {
  // A dated view is cited as such: the version and the day the debate is shown as of.
  const asOfWords = ctx.asOf ? `, as of ${ctx.asOf}` : '';
  return {
    id: node.id,
    type: variant === 'oscola' ? 'webpage' : 'entry-encyclopedia',
    title: `${NODE_KIND_LABELS[node.kind]}: ${node.title}`,
    author: [{ literal: SITE_NAME }],
    'container-title': variant === 'oscola' ? `${SITE_NAME}, dataset version ${ctx.version}${asOfWords}` : SITE_NAME,
    version: variant === 'apa' ? `dataset version ${ctx.version}${asOfWords}` : `${ctx.version}${asOfWords}`,
    URL: ctx.permalink,
    accessed: dateParts(ctx.accessed),
  };
}
