import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { validateCorpus } from '@/lib/data/validate';
import { citationJs } from '@/lib/cite/engine';
import { toBibtex } from '@/lib/export/bibtex';
import { toRis } from '@/lib/export/ris';
import { toCslItems, toCslJson } from '@/lib/export/csl-json';
import { bibliography } from '@/lib/cite/bibliography';
import { syntheticFiles } from '../../fixtures/synthetic';
import { cslDataSchema } from '../../support/csl-data-schema';

const corpus = validateCorpus(
  syntheticFiles().map((f) =>
    f.path === 'data/sources/eu/src-judgment.json' ? { ...f, data: { ...(f.data as object), title: 'Test judgment with {braces} & an ampersand' } } : f,
  ),
);
const ctx = { jurisdictions: corpus.jurisdictions };
const sources = bibliography(corpus.sources);

/** What every format must agree on: id → title and year. */
function summary(items: Array<Record<string, any>>) {
  return Object.fromEntries(items.map((d) => [d.id, { title: d.title, year: d.issued?.['date-parts']?.[0]?.[0] }]));
}

describe('bibliography exports', () => {
  it('BibTeX and RIS read back through citation-js give the same entries as the CSL-JSON', () => {
    const Cite = citationJs();
    const expected = summary(toCslItems(sources, ctx));
    expect(Object.keys(expected)).toHaveLength(sources.length);
    const fromBibtex = summary(new Cite(toBibtex(sources, ctx)).data);
    const fromRis = summary(new Cite(toRis(sources, ctx)).data);
    expect(fromBibtex).toEqual(expected);
    expect(fromRis).toEqual(expected);
  });

  it('keeps court, case number and ECLI of a decision in BibTeX and RIS notes', () => {
    const Cite = citationJs();
    const bib = new Cite(toBibtex(sources, ctx)).data.find((d) => d.id === 'src-judgment')!;
    const ris = new Cite(toRis(sources, ctx)).data.find((d) => d.id === 'src-judgment')!;
    for (const d of [bib, ris]) {
      expect(String(d.note)).toContain('ECLI:EU:C:2024:372');
      expect(String(d.note)).toContain('C-1/00');
      expect(String(d.note)).toContain('Court of Justice');
    }
    expect(ris.type).toBe('legal_case');
  });

  it('CSL-JSON validates against the CSL data schema and gives decisions as legal_case with court and identifiers', () => {
    const data = JSON.parse(toCslJson(sources, ctx));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(cslDataSchema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const judgment = data.find((d: any) => d.id === 'src-judgment');
    expect(judgment).toMatchObject({ type: 'legal_case', authority: 'Court of Justice', number: 'C-1/00', 'container-title': 'ECLI:EU:C:2024:372' });
    expect(judgment.issued).toEqual({ 'date-parts': [[2024, 4, 30]] });
    const uk = data.find((d: any) => d.id === 'syn-uk-appeal');
    expect(uk).toMatchObject({ type: 'legal_case', authority: 'TEST Crim', number: '1', note: '[2021] TEST Crim 1' });
    expect(data.find((d: any) => d.id === 'syn-directive')).toMatchObject({ type: 'legislation', number: 'CELEX 32014L9999' });
  });

  it('an empty selection exports as an empty document in every format', () => {
    expect(toBibtex([], ctx)).toBe('');
    expect(toRis([], ctx)).toBe('');
    expect(JSON.parse(toCslJson([], ctx))).toEqual([]);
  });
});

