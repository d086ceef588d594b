import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap } from '@/lib/map/layout';
import { searchDocuments } from '@/lib/search/documents';
import { SiteSearch } from '@/lib/search/index';
import { mapSearchHits } from '@/lib/search/map';

const corpus = validateCorpus(fixtureFiles());
const data = layoutMap(corpus);
const search = SiteSearch.fromDocuments(searchDocuments(corpus));
const ids = (q: string) => mapSearchHits(data, search.search(q, { limit: 40 })).map((h) => data.ids[h.index]);

describe('the map search over the site index', () => {
  it('finds nodes by title words, typos included', () => {
    expect(ids('reason yes')).toEqual(expect.arrayContaining(['arg-for-yes']));
    expect(ids('zzzz qqqq')).toEqual([]);
  });

  it('leads from a ruling found by its ECLI to the nodes that cite it', () => {
    const src = corpus.sources.find((s) => s.identifiers.ecli)!;
    const citing = corpus.nodes.filter((n) => n.citations.some((c) => c.source === src.id)).map((n) => n.id);
    expect(citing.length).toBeGreaterThan(0);
    const hits = mapSearchHits(data, search.search(src.identifiers.ecli!.replace(/^ECLI:/, '').toLowerCase(), { limit: 40 }));
    expect(hits.map((h) => data.ids[h.index])).toEqual(expect.arrayContaining(citing));
    expect(hits[0]!.via).toBe(src.title);
  });

  it('leads from a holding to its question', () => {
    const h = corpus.holdings[0]!;
    const hits = mapSearchHits(data, search.search(h.summary.split(' ').slice(0, 6).join(' '), { kinds: ['holding'], limit: 40 }));
    expect(hits.map((x) => data.ids[x.index])).toContain(h.question);
  });
});
