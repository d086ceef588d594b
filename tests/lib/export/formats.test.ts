import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { EXPORT_FORMATS, exportFileName, exportFormat } from '@/lib/export/formats';
import { toMapExport, MapExport } from '@/lib/export/json';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());
const ctx = { version: 'abcdef123456', siteUrl: 'https://admissible.test' };

describe('export formats', () => {
  it('renders every format, non-empty', () => {
    for (const f of EXPORT_FORMATS) expect(f.render(corpus, ctx).length, f.id).toBeGreaterThan(50);
  });
  it('the JSON download is the documented export', () => {
    const json = MapExport.parse(JSON.parse(exportFormat('json')!.render(corpus, ctx)));
    expect(json).toEqual(toMapExport(corpus));
  });
  it('bibliographic formats honour the filter', () => {
    const csl = JSON.parse(exportFormat('csl-json')!.render(corpus, { ...ctx, filter: { jurisdiction: 'GB' } }));
    expect(csl.map((i: any) => i.id).sort()).toEqual(['syn-uk-appeal', 'syn-uk-first']);
    expect(exportFormat('nope')).toBeUndefined();
    expect(exportFileName(exportFormat('bibtex')!, 'v1', true)).toBe('admissible-bibliography-filtered-v1.bib');
  });
});
