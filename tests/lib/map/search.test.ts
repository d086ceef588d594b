import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap } from '@/lib/map/layout';
import { buildSearchIndex, fold, searchMap } from '@/lib/map/search';

const corpus = validateCorpus(fixtureFiles());
const data = layoutMap(corpus);
const texts = new Map(corpus.nodes.map((n) => [n.id, n.text]));
const ids = (q: string, withTexts = true) => searchMap(buildSearchIndex(data, withTexts ? texts : undefined), q).map((h) => data.ids[h.index]);

describe('searchMap', () => {
  it('finds by title words, every word required, title hits first', () => {
    expect(ids('reason yes')).toEqual(['arg-for-yes', 'arg-against-yes', 'arg-undercut']);
    expect(ids('reason zebra')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('finds by actor name and by cited source title, id or ECLI', () => {
    expect(ids('test defence counsel')).toEqual(expect.arrayContaining(['pos-no', 'arg-against-yes', 'arg-undercut']));
    expect(ids('ECLI:EU:C:2024:372')).toEqual(expect.arrayContaining(['pos-yes', 'arg-for-yes', 'fact-test']));
    expect(searchMap(buildSearchIndex(data), 'test journal').length).toBe(0);
    expect(searchMap(buildSearchIndex(data), 'Test article')[0]?.where).toBe('actor or source');
  });

  it('finds words of the full text once it is loaded, ranked below title hits', () => {
    expect(ids('undercutter', false)).toEqual([]);
    expect(ids('undercutter')).toEqual(['arg-undercut']);
    const hits = searchMap(buildSearchIndex(data, texts), 'synthetic');
    expect(hits.every((h) => h.where === 'text')).toBe(true);
  });

  it('ignores case and diacritics', () => {
    expect(fold('Cour de CASSATION, chambre réunie')).toBe('cour de cassation, chambre reunie');
    expect(ids('TEST QUESTION')).toEqual(['q-test']);
  });
});
