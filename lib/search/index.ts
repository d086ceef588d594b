/**
 * The site search: MiniSearch (full text with prefix and typo-tolerant matching, field boosts,
 * a compact serialised form) over the search documents, preceded by an exact identifier lookup so
 * that an ECLI, case number, application number or neutral citation typed in any of its usual
 * spellings puts its ruling first.
 *
 * The same index is written at build time as two static files that the header's search box and the
 * map fetch on first focus: the index proper (titles, identifiers, names and quotes, without the
 * editors' summaries, to stay small) and the entries that show a result (kind, title, link). The
 * server builds the full index, summaries included, once per process for /api/search and /search.
 */
import MiniSearch, { type Options, type SearchResult as MiniResult } from 'minisearch';
import { isOnOrBefore } from '@/lib/model/dates';
import type { SearchDocument, SearchKind } from './documents';
import { caseNameKey, caseNameKeys, fold, identifierKey, snippet, tokenize } from './text';

/** What a search result needs to be shown and filtered: a document without its words. */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  title: string;
  url: string;
  jurisdictions: string[];
  date?: string;
  community?: boolean;
}

export interface SearchHit extends SearchEntry {
  score: number;
  /** Where the query matched: an exact identifier, or the title, names or text fields. */
  matched: 'identifier' | 'title' | 'names' | 'text';
  /** The matched passage (server-side results only: the browser's index keeps no texts). */
  snippet?: string;
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  jurisdiction?: string;
  /** YYYY-MM-DD: only what had been stated or published by that day. */
  asOf?: string;
  limit?: number;
}

type Indexed = { i: number; title: string; names: string; ids: string; quotes: string; text: string };

const FIELDS = ['title', 'ids', 'names', 'quotes', 'text'] as const;
const OPTIONS: Options<Indexed> = {
  idField: 'i',
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  // tokenize already folds; terms shorter than 2 characters are noise except digits (case numbers).
  processTerm: (t) => (t.length > 1 || /\d/.test(t) ? t : null),
  searchOptions: {
    boost: { title: 4, ids: 4, names: 2, quotes: 1, text: 1 },
    // Typo tolerance grows with the word: none below four letters, then about one edit in five
    // (two for "Encrochta"); only the last word is completed as a prefix, as it is still being typed.
    fuzzy: (term) => (term.length >= 4 && !/\d/.test(term) ? 0.2 : false),
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    maxFuzzy: 2,
    weights: { fuzzy: 0.3, prefix: 0.6 },
  },
};

/** How many words of a query are looked up (the API's limit too). */
export const MAX_QUERY_WORDS = 12;

const PASSES: SearchOptions_[] = [
  { combineWith: 'AND', fields: ['title', 'ids', 'names'], fuzzy: false },
  { combineWith: 'AND', fuzzy: false },
  { combineWith: 'AND' },
  { combineWith: 'OR' },
];
type SearchOptions_ = NonNullable<Parameters<MiniSearch['search']>[1]>;

/** The serialised index proper: identifier keys and the MiniSearch index. */
export interface SearchIndexFile {
  version: string;
  /** identifierKey → entry indices, in rank order (whole identifiers before their tails, rulings before holdings). */
  identifiers: Record<string, number[]>;
  index: ReturnType<MiniSearch['toJSON']>;
}

/** What shows each result: [kind, id, title, url, jurisdictions joined by ",", date or ""], in index order. */
export interface SearchEntriesFile {
  version: string;
  entries: [SearchKind, string, string, string, string, string][];
}

/** The browser's copy leaves the summaries out (the server searches them): see docs/search.md. */
export function browserDocument(d: SearchDocument): SearchDocument {
  return { ...d, text: '' };
}

export class SiteSearch {
  private constructor(
    private readonly list: SearchEntry[],
    private readonly identifiers: Map<string, number[]>,
    private readonly mini: MiniSearch<Indexed>,
    /** The documents themselves, for snippets, where the index was built from them (on the server). */
    private readonly docs?: SearchDocument[],
  ) {}

  /** What shows each result, in index order. */
  get entries(): readonly SearchEntry[] {
    return this.list;
  }

  static fromDocuments(docs: readonly SearchDocument[]): SiteSearch {
    const search = new SiteSearch([], new Map(), new MiniSearch<Indexed>(OPTIONS), []);
    search.addDocuments(docs);
    return search;
  }

  /**
   * Adds documents after those the index holds (numbered on from them), identifiers included. The
   * browser adds the approved community nodes (lib/search/community.ts) to the static index this
   * way, once, right after loading it, so they rank with the curated records in one MiniSearch.
   */
  addDocuments(docs: readonly SearchDocument[]): void {
    const offset = this.entries.length;
    this.mini.addAll(docs.map((d, i) => ({ i: offset + i, title: d.title, names: d.names, ids: d.identifiers.join(' \n '), quotes: d.quotes, text: d.text })));
    const add = (key: string, i: number) => {
      const list = this.identifiers.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      this.identifiers.set(key, list);
    };
    // Rulings first, so an identifier shared with the ruling's holdings finds the ruling first.
    const order = docs.map((_, i) => i).sort((a, b) => Number(docs[a]!.kind !== 'source') - Number(docs[b]!.kind !== 'source') || a - b);
    for (const i of order) for (const raw of docs[i]!.identifiers) if (identifierKey(raw).length >= 2) add(identifierKey(raw), offset + i);
    // Then the tails of identifiers, so the number alone finds "Sez. U, n. 23756/2024" or "Case C-670/22 M.N.":
    // tails of two words or more, or one word of five characters or more with a digit, never a bare year.
    for (const i of order) {
      for (const raw of docs[i]!.identifiers) {
        const words = tokenize(raw.replace(/^\s*ecli\s*:/i, ''));
        for (let k = 1; k < words.length; k++) {
          const tail = words.slice(k);
          if (!tail.some((w) => /\d/.test(w))) continue;
          if (tail.length === 1 && (tail[0]!.length < 5 || !/\d/.test(tail[0]!))) continue;
          add(tail.join(''), offset + i);
        }
      }
    }
    // Then case names, for rulings only (their holdings carry the same title): "R v A" finds R v A, B, D & C.
    for (const i of order) if (docs[i]!.kind === 'source') for (const key of caseNameKeys(docs[i]!.title)) add(key, offset + i);
    this.list.push(...docs.map(({ kind, id, title, url, jurisdictions, date, community }) => ({ kind, id, title, url, jurisdictions, ...(date ? { date } : {}), ...(community ? { community } : {}) })));
    this.docs?.push(...docs);
  }

  static fromFiles(file: SearchIndexFile, details: SearchEntriesFile): SiteSearch {
    const entries: SearchEntry[] = details.entries.map(([kind, id, title, url, j, date]) => ({ kind, id, title, url, jurisdictions: j ? j.split(',') : [], ...(date ? { date } : {}) }));
    const mini = MiniSearch.loadJS<Indexed>(file.index, OPTIONS);
    return new SiteSearch(entries, new Map(Object.entries(file.identifiers)), mini);
  }

  toFiles(version: string): { index: SearchIndexFile; entries: SearchEntriesFile } {
    return {
      index: { version, identifiers: Object.fromEntries([...this.identifiers].map(([k, v]) => [k, [...v]])), index: this.mini.toJSON() },
      entries: { version, entries: this.entries.map((e) => [e.kind, e.id, e.title, e.url, e.jurisdictions.join(','), e.date ?? '']) },
    };
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20;
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const keep = (i: number) => {
      const e = this.entries[i]!;
      if (kinds && !kinds.has(e.kind)) return false;
      if (options.jurisdiction && !e.jurisdictions.includes(options.jurisdiction)) return false;
      if (options.asOf && e.date && !isOnOrBefore(e.date, options.asOf)) return false;
      return true;
    };
    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    const exact = [...new Set([identifierKey(query), caseNameKey(query)].flatMap((key) => this.identifiers.get(key) ?? []))];
    for (const i of exact) {
      if (!keep(i)) continue;
      seen.add(i);
      const doc = this.docs?.[i];
      const ids = doc?.identifiers.filter((x) => identifierKey(x) === identifierKey(query));
      hits.push({ ...this.entries[i]!, score: Number.MAX_SAFE_INTEGER - hits.length, matched: 'identifier', ...(ids?.length ? { snippet: ids.join(', ') } : {}) });
    }
    const words = tokenize(query);
    if (words.length === 0) return hits.slice(0, limit);
    // The API refuses longer queries (lib/search/query.ts); a box typed into searches the first words.
    const text = words.slice(0, MAX_QUERY_WORDS).join(' ');
    const filter = (r: MiniResult) => !seen.has(r.id as number) && keep(r.id as number);
    // Cheapest and most telling first, stopping once there are enough results: every word in a
    // title, identifier or name; then anywhere; then with typos allowed; then any of the words.
    // A common word thus costs one pass over the short fields instead of all of them.
    for (const pass of PASSES) {
      if (hits.length >= limit) break;
      const results = this.mini.search(text, { ...pass, filter });
      for (const r of results.slice(0, limit - hits.length)) {
        const i = r.id as number;
        seen.add(i);
        const fields = new Set(Object.values(r.match).flat());
        const matched: SearchHit['matched'] = fields.has('title') ? 'title' : fields.has('ids') ? 'identifier' : fields.has('names') ? 'names' : 'text';
        const doc = this.docs?.[i];
        hits.push({ ...this.entries[i]!, score: r.score, matched, ...(doc ? matchedPassage(doc, matched, r.terms) : {}) });
      }
    }
    return hits.slice(0, limit);
  }
}

/** The passage shown under a result: where the words were found, or else the start of its text. */
function matchedPassage(doc: SearchDocument, matched: SearchHit['matched'], terms: readonly string[]): { snippet?: string } {
  const folded = terms.map(fold);
  const s =
    (matched === 'identifier' ? doc.identifiers.filter((x) => folded.some((t) => fold(x).includes(t))).join(', ') || undefined : undefined) ??
    (matched === 'names' ? snippet(doc.names, folded) : undefined) ??
    snippet(doc.quotes, folded) ??
    snippet(doc.text, folded) ??
    (doc.text ? snippet(doc.text, tokenize(doc.text).slice(0, 1)) : undefined);
  return s ? { snippet: s } : {};
}
