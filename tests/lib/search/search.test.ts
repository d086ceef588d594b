import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { SEARCH_KINDS, searchDocuments } from '@/lib/search/documents';
import { SiteSearch } from '@/lib/search/index';
import { searchFiles } from '@/lib/search/files';

const corpus = indexCorpus(loadCorpus());
const docs = searchDocuments(corpus);
const search = SiteSearch.fromDocuments(docs);
// The browser's copy, as written to public/ and read back.
const files = new Map(searchFiles(corpus).map((f) => [f.path, JSON.parse(f.body)]));
const browser = SiteSearch.fromFiles(files.get('search/index.json'), files.get('search/entries.json'));

const sourceWith = (pred: (s: (typeof corpus.sources)[number]) => boolean) => {
  const s = corpus.sources.find(pred);
  if (!s) throw new Error('the curated corpus lacks the ruling this test looks for');
  return s;
};

describe('site search over the curated corpus', () => {
  it('covers every kind of record', () => {
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(SEARCH_KINDS));
    expect(docs.filter((d) => d.kind === 'holding')).toHaveLength(corpus.holdings.length);
  });

  it.each([
    ['ECLI:NL:HR:2024:190', (s: (typeof corpus.sources)[number]) => s.identifiers.ecli === 'ECLI:NL:HR:2024:190'],
    ['nl:hr:2024:190', (s: (typeof corpus.sources)[number]) => s.identifiers.ecli === 'ECLI:NL:HR:2024:190'],
    ['ecli:nl:hr:2024:190', (s: (typeof corpus.sources)[number]) => s.identifiers.ecli === 'ECLI:NL:HR:2024:190'],
    ['5 StR 413/25', (s: (typeof corpus.sources)[number]) => s.identifiers.caseNumbers.includes('5 StR 413/25')],
    ['5 str 413/25', (s: (typeof corpus.sources)[number]) => s.identifiers.caseNumbers.includes('5 StR 413/25')],
    ['C-670/22', (s: (typeof corpus.sources)[number]) => s.identifiers.caseNumbers.some((c) => c.includes('C-670/22'))],
    ['23756/2024', (s: (typeof corpus.sources)[number]) => [...s.identifiers.caseNumbers, ...s.identifiers.other].some((c) => c.includes('23756/2024'))],
    ['44715/20', (s: (typeof corpus.sources)[number]) => s.identifiers.caseNumbers.some((c) => c.includes('44715/20'))],
  ])('puts the ruling for %s first, as an identifier match, on the server and in the browser', (q, pred) => {
    const expected = corpus.sources.filter(pred).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const s of [search, browser]) {
      const [first] = s.search(q);
      expect(first?.kind, q).toBe('source');
      expect(expected, q).toContain(first!.id);
      expect(first!.matched).toBe('identifier');
    }
  });

  it('finds a neutral citation and a party name', () => {
    const withCitation = sourceWith((s) => !!s.identifiers.neutralCitation);
    expect(search.search(withCitation.identifiers.neutralCitation!)[0]?.id).toBe(withCitation.id);
    expect(search.search('al ej v france', { kinds: ['source'] }).map((h) => h.id)).toContain('echr-al-ej-v-france');
  });

  it.each([
    ['R v A', 'uk-r-v-a-2021'],
    ['R v A, B, D and C', 'uk-r-v-a-2021'],
    ['M.N.', 'cjeu-c670-22'],
    ['FF v Eurojust', 'gc-t484-24'],
    ['Kocner v Europol', 'cjeu-c755-21p'],
  ])('finds a ruling by its case name, anonymised parties too: %s', (q, id) => {
    expect(corpus.sources.some((s) => s.id === id), `the corpus has ${id}`).toBe(true);
    for (const s of [search, browser]) expect(s.search(q)[0], q).toMatchObject({ kind: 'source', id });
  });

  it('tolerates typos: "Encrochta" finds the EncroChat operation first', () => {
    for (const s of [search, browser]) expect(s.search('Encrochta')[0]).toMatchObject({ kind: 'operation', id: 'encrochat' });
  });

  it('folds diacritics: "marz" finds a record that says "März", with the word in its snippet', () => {
    const hits = search.search('marz');
    expect(hits.length).toBeGreaterThan(0);
    const doc = docs.find((d) => d.kind === hits[0]!.kind && d.id === hits[0]!.id)!;
    expect(`${doc.title} ${doc.text} ${doc.quotes}`).toContain('März');
    const inText = search.search('marz', { kinds: ['holding', 'source'] }).find((h) => h.matched === 'text');
    if (inText) expect(inText.snippet).toMatch(/März/);
  });

  it('finds words in quotes in the language of the source', () => {
    const quoted = corpus.holdings.find((h) => h.quote && h.quote.language === 'de')!;
    const word = quoted.quote!.text.split(/[^\p{L}]+/u).filter((w) => w.length >= 9).sort((a, b) => b.length - a.length)[0]!;
    expect(search.search(word, { kinds: ['holding'], limit: 50 }).map((h) => h.id)).toContain(quoted.id);
  });

  it('filters by kind, jurisdiction and date', () => {
    expect(search.search('EncroChat', { kinds: ['holding'] }).every((h) => h.kind === 'holding')).toBe(true);
    expect(search.search('EncroChat', { jurisdiction: 'DE' }).every((h) => h.jurisdictions.includes('DE'))).toBe(true);
    const early = search.search('EncroChat', { asOf: '2021-01-01', limit: 50 });
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((h) => !h.date || h.date.slice(0, 4) <= '2021')).toBe(true);
    expect(search.search('nl:hr:2024:190', { asOf: '2023-12-31' }).some((h) => h.id === 'nl-hr-2024-190-ennetcom')).toBe(false);
  });

  it('gives every server result a link and a snippet', () => {
    for (const h of search.search('mutual trust')) {
      expect(h.url).toMatch(/^\//);
      expect(h.snippet ?? h.title).toBeTruthy();
    }
  });

  it('answers nothing for a query of punctuation only', () => {
    expect(search.search('/// ---')).toEqual([]);
  });
});
