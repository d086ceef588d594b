/**
 * The bibliography files a reference manager imports: every source of the corpus is written as
 * RIS and biblatex and read back by two independent parsers (citation-js, and for biblatex also
 * biblatex-csl-converter; RIS also by the strict line reader below), and the fields a lawyer needs
 * are compared with the record: title (the document's own, lib/export/ris.ts exportTitle), court,
 * case number, date, URL, ECLI.
 */
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parse as parseBiblatex } from 'biblatex-csl-converter';
import { loadCorpus } from '@/lib/data/read';
import { validateCorpus } from '@/lib/data/validate';
import { citationJs } from '@/lib/cite/engine';
import { courtName } from '@/lib/cite/csl-item';
import { bibtexTitle, escapeLatex, toBibtex } from '@/lib/export/bibtex';
import { caseNumberField, exportTitle, risDate, toRis } from '@/lib/export/ris';
import { toCslJson } from '@/lib/export/csl-json';
import { bibliography } from '@/lib/cite/bibliography';
import type { Source } from '@/lib/model/schema';
import { syntheticFiles } from '../../fixtures/synthetic';
import { cslDataSchema } from '../../support/csl-data-schema';

const corpus = loadCorpus();
const ctx = { jurisdictions: corpus.jurisdictions };
const sources = bibliography(corpus.sources);
const isCase = (s: Source) => ['judgment', 'decision', 'opinion'].includes(s.type);
const dateParts = (date: string) => [date.split('-').map(Number)];
const noteText = (note: unknown) => (Array.isArray(note) ? note.join('; ') : String(note ?? ''));

/** A strict RIS reader: every line is "XX  - value" or empty between records; returns tag → values per record. */
function readRis(text: string): Array<Map<string, string[]>> {
  const records: Array<Map<string, string[]>> = [];
  let current: Map<string, string[]> | undefined;
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`RIS line ${i + 1} is not a tag line: ${JSON.stringify(line.slice(0, 80))}`);
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') current = new Map();
    if (!current) throw new Error(`RIS line ${i + 1}: ${tag} before TY`);
    current.set(tag, [...(current.get(tag) ?? []), value]);
    if (tag === 'ER') {
      records.push(current);
      current = undefined;
    }
  });
  if (current) throw new Error('RIS: last record has no ER');
  return records;
}

describe('RIS', () => {
  const ris = toRis(sources, ctx);
  const records = readRis(ris);
  const byId = new Map(records.map((r) => [r.get('ID')![0]!, r]));

  it('is one tag per line, never wrapped, one record per source with its full id', () => {
    expect(records).toHaveLength(sources.length);
    expect([...byId.keys()].sort()).toEqual(sources.map((s) => s.id).sort());
    for (const line of ris.split('\n')) expect(line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line), line).toBe(true);
  });

  it('gives a decision TY CASE, the court in PB, the case number in SV, the ECLI in AN and the date as YYYY/MM/DD/', () => {
    for (const s of sources) {
      const r = byId.get(s.id)!;
      expect(r.get('TI'), s.id).toEqual([exportTitle(s).replace(/\s+/g, ' ').trim()]);
      expect(r.get('UR'), s.id).toEqual([s.url]);
      expect(r.get('DA'), s.id).toEqual([risDate(s.date)]);
      expect(r.get('DA')![0], s.id).toMatch(/^\d{4}\/(\d{2})?\/(\d{2})?\/$/);
      if (!isCase(s)) continue;
      expect(r.get('TY'), s.id).toEqual(['CASE']);
      expect(r.get('PB'), s.id).toEqual([courtName(s, ctx)]);
      expect(r.get('SV'), s.id).toEqual(caseNumberField(s) ? [caseNumberField(s)] : undefined);
      expect(r.get('AN'), s.id).toEqual(s.identifiers.ecli ? [s.identifiers.ecli] : undefined);
    }
    expect(risDate('2022-03-02')).toBe('2022/03/02/');
    expect(risDate('2024-12')).toBe('2024/12//');
    expect(risDate('2025')).toBe('2025///');
  });

  it('gives a journal named with volume(issue) pages its journal name in T2 and the parts in VL, IS, SP, EP', () => {
    const r = byId.get('sagittae-2023')!;
    expect(r.get('T2')).toEqual(['New Journal of European Criminal Law']);
    expect([r.get('VL'), r.get('IS'), r.get('SP'), r.get('EP')]).toEqual([['14'], ['3'], ['273'], ['293']]);
    expect(byId.get('de-hrrs-sommer-2024')!.get('T2')).toEqual(['HRRS 12/2024']);
  });

  it('reads back through citation-js with title, court, number, date, URL and ECLI for every source', () => {
    const Cite = citationJs();
    const data = new Cite(ris).data as Array<Record<string, any>>;
    expect(data).toHaveLength(sources.length);
    const read = new Map(data.map((d) => [d.id, d]));
    for (const s of sources) {
      const d = read.get(s.id)!;
      expect(d, s.id).toBeDefined();
      expect(d.title, s.id).toBe(exportTitle(s).replace(/\s+/g, ' ').trim());
      expect(d.URL, s.id).toBe(s.url);
      // citation-js reads "2024/10//" as the year only, and for NEWS records only PY (the strict
      // reader above checks what is written); a decision's full date comes back whole.
      expect(d.issued?.['date-parts']?.[0]?.[0], s.id).toBe(Number(s.date.slice(0, 4)));
      if (isCase(s) && s.date.length === 10) expect(d.issued?.['date-parts'], s.id).toEqual(dateParts(s.date));
      if (!isCase(s)) continue;
      expect(d.type, s.id).toBe('legal_case');
      expect(d.authority, s.id).toBe(courtName(s, ctx));
      // citation-js maps no RIS tag to a case number or ECLI: they come back in the notes.
      for (const n of s.identifiers.caseNumbers) expect(noteText(d.note), s.id).toContain(`Case number: ${n}`);
      if (s.identifiers.ecli) expect(noteText(d.note), s.id).toContain(`ECLI: ${s.identifiers.ecli}`);
    }
  });
});

describe('biblatex', () => {
  const bib = toBibtex(sources, ctx);

  it('uses @jurisdiction for decisions with court and number in fields, ISO dates, no month field', () => {
    expect(bib).not.toMatch(/^\s*month\s*=/m);
    expect(bib).not.toMatch(/^\s*(?:howpublished)\s*=/m);
    const bgh = bib.slice(bib.indexOf('@jurisdiction{de-bgh-5str457-21,'));
    const entry = bgh.slice(0, bgh.indexOf('\n}'));
    expect(entry).toContain('  institution = {Bundesgerichtshof (5. Strafsenat)},');
    expect(entry).toContain('  number = {5 StR 457/21},');
    expect(entry).toContain('  date = {2022-03-02},');
    expect(entry).toContain('  langid = {german},');
  });

  it('gives a journal named with volume(issue) pages its parts in journaltitle, volume, number, pages', () => {
    const start = bib.indexOf('@article{sagittae-2023,');
    const entry = bib.slice(start, bib.indexOf('\n}', start));
    expect(entry).toContain('  journaltitle = {New Journal of European Criminal Law},');
    expect(entry).toContain('  volume = {14},');
    expect(entry).toContain('  number = {3},');
    expect(entry).toContain('  pages = {273--293},');
  });

  it('reads back through citation-js with title, court, date and URL, and number and ECLI in the note', () => {
    const Cite = citationJs();
    const data = new Cite(bib).data as Array<Record<string, any>>;
    expect(data).toHaveLength(sources.length);
    const read = new Map(data.map((d) => [d.id, d]));
    for (const s of sources) {
      const d = read.get(s.id)!;
      expect(d, s.id).toBeDefined();
      expect(d.title, s.id).toBe(exportTitle(s).replace(/\s+/g, ' ').trim());
      // citation-js re-encodes the "%" of an escape it does not decode (%3A → %253A); biblatex
      // reads the url field verbatim, as biblatex-csl-converter does below.
      expect([s.url, encodeURI(s.url)], s.id).toContain(d.URL);
      expect(d.issued?.['date-parts'], s.id).toEqual(dateParts(s.date));
      if (!isCase(s)) continue;
      expect(d.type, s.id).toBe('legal_case');
      expect(d.publisher, s.id).toBe(courtName(s, ctx));
      for (const n of s.identifiers.caseNumbers) expect(noteText(d.note), s.id).toContain(`Case number: ${n}`);
      if (s.identifiers.ecli) expect(noteText(d.note), s.id).toContain(`ECLI: ${s.identifiers.ecli}`);
    }
  });

  it('reads back through biblatex-csl-converter with title, court, number, date, URL and ECLI as fields', () => {
    const parsed = parseBiblatex(bib, { processUnexpected: true, processUnknown: true });
    expect(parsed.errors).toEqual([]);
    const entries = Object.values(parsed.entries) as Array<Record<string, any>>;
    expect(entries).toHaveLength(sources.length);
    const text = (v: any): string => (Array.isArray(v) ? v.map((n: any) => (Array.isArray(n) ? text(n) : (n.text ?? ''))).join('') : String(v ?? ''));
    const read = new Map(entries.map((e) => [e.entry_key, e]));
    for (const s of sources) {
      const e = read.get(s.id)!;
      expect(e, s.id).toBeDefined();
      const field = (name: string) => e.fields?.[name] ?? e.unexpected_fields?.[name] ?? e.unknown_fields?.[name];
      expect(text(field('title')), s.id).toBe(exportTitle(s).replace(/\s+/g, ' ').trim());
      expect(field('url'), s.id).toBe(s.url);
      expect(field('date'), s.id).toBe(s.date);
      if (!isCase(s)) continue;
      expect(text(field('institution')), s.id).toBe(courtName(s, ctx));
      expect(text(field('number')) || undefined, s.id).toBe(caseNumberField(s));
      expect(text(field('ecli')) || undefined, s.id).toBe(s.identifiers.ecli);
    }
  });

  it('protects capitals without forcing any, and escapes LaTeX specials', () => {
    expect(bibtexTitle('Spanish lawyers claim police hacking of EncroChat cryptophones', false)).toBe('Spanish lawyers claim police hacking of {EncroChat} cryptophones');
    expect(bibtexTitle('ECJ Ruled in EncroChat Case', false)).toBe('{ECJ} {Ruled} in {EncroChat} {Case}');
    // A sentence-case style (biblatex-apa) lowercases every unprotected word after the first: proper
    // nouns keep their capital only inside braces ("germany", "european court of human rights" otherwise).
    expect(bibtexTitle('EncroChat and SkyECC hacks: Germany latest EU country to question legality of evidence', false)).toBe(
      '{EncroChat} and {SkyECC} hacks: {Germany} latest {EU} country to question legality of evidence',
    );
    expect(bibtexTitle('EncroChat at the European Court of Human Rights (ECtHR)', false)).toBe('{EncroChat} at the {European} {Court} of {Human} {Rights} ({ECtHR})');
    expect(bibtexTitle('Spanish lawyers', false)).toBe('Spanish lawyers');
    expect(bibtexTitle('BGH, Beschluss vom 2. März 2022', true)).toBe('{BGH, Beschluss vom 2. März 2022}');
    expect(escapeLatex('R v A, B, D & C 100% {x} #1 a_b ~ ^ \\')).toBe('R v A, B, D \\& C 100\\% \\{x\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });

  it('a title with braces and an ampersand round-trips', () => {
    const fixture = validateCorpus(
      syntheticFiles().map((f) => (f.path === 'data/sources/eu/src-judgment.json' ? { ...f, data: { ...(f.data as object), title: 'Test judgment with {braces} & an ampersand' } } : f)),
    );
    const Cite = citationJs();
    const one = fixture.sources.filter((s) => s.id === 'src-judgment');
    expect(new Cite(toBibtex(one, { jurisdictions: fixture.jurisdictions })).data[0]!.title).toBe('Test judgment with {braces} & an ampersand');
  });
});

describe('CSL-JSON', () => {
  it('validates against the CSL data schema and gives decisions as legal_case with court, number and jurisdiction', () => {
    const data = JSON.parse(toCslJson(sources, ctx));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(cslDataSchema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.find((d: any) => d.id === 'de-bgh-5str457-21')).toMatchObject({ type: 'legal_case', authority: 'Bundesgerichtshof (5. Strafsenat)', number: '5 StR 457/21', jurisdiction: 'Germany', issued: { 'date-parts': [[2022, 3, 2]] } });
    const cjeu = data.find((d: any) => d.id === 'cjeu-c670-22');
    expect(cjeu).toMatchObject({ type: 'legal_case', number: 'C-670/22' });
    expect(cjeu!['container-title']).toBeUndefined();
    expect(cjeu.note).toContain('ECLI:EU:C:2024:372');
    // A decision without case numbers is numbered by its neutral citation.
    const neutral = sources.find((s) => s.identifiers.neutralCitation && !s.identifiers.caseNumbers.length)!;
    expect(data.find((d: any) => d.id === neutral.id)).toMatchObject({ type: 'legal_case', number: neutral.identifiers.neutralCitation });
  });

  it('an empty selection exports as an empty document in every format', () => {
    expect(toBibtex([], ctx)).toBe('');
    expect(toRis([], ctx)).toBe('');
    expect(JSON.parse(toCslJson([], ctx))).toEqual([]);
  });
});

describe("a source's own title in the bibliography files", () => {
  const base = sources.find((s) => s.type === 'press-release')!;
  const URL = 'https://news.example.org/report';
  const described: Source = { ...base, id: 'pr-described', title: 'Europol statement on Operation Trojan Shield, 8 June 2021 (as reported)', ownTitle: null, url: URL, language: 'en' };
  const annotated: Source = { ...base, id: 'pr-annotated', title: 'Cops have hacked into thousands of phones. Was it legal? (copy of a WIRED article)', ownTitle: 'Cops have hacked into thousands of phones. Was it legal?', url: URL, language: 'en' };
  const plain: Source = { ...base, id: 'pr-plain', title: 'A title of its own', ownTitle: undefined, url: URL, language: 'en' };
  const three = [described, annotated, plain];

  it('RIS TI, biblatex title and CSL-JSON title: the own title, or the description in square brackets', () => {
    expect(exportTitle(described)).toBe('[Europol statement on Operation Trojan Shield, 8 June 2021 (as reported)]');
    expect(exportTitle(annotated)).toBe('Cops have hacked into thousands of phones. Was it legal?');
    expect(exportTitle(plain)).toBe('A title of its own');
    const ris = readRis(toRis(three, ctx));
    expect(ris.map((r) => r.get('TI'))).toEqual([['[Europol statement on Operation Trojan Shield, 8 June 2021 (as reported)]'], ['Cops have hacked into thousands of phones. Was it legal?'], ['A title of its own']]);
    const bib = toBibtex(three, ctx);
    // A description is protected whole: a style must not re-case the editors' words.
    expect(bib).toContain('  title = {{[Europol statement on Operation Trojan Shield, 8 June 2021 (as reported)]}},');
    expect(bib).toContain('  title = {Cops have hacked into thousands of phones. {Was} it legal?},');
    expect(JSON.parse(toCslJson(three, ctx)).map((d: any) => d.title)).toEqual(three.map(exportTitle));
  });

  it('reads back with the same titles through citation-js (RIS and biblatex) and biblatex-csl-converter', () => {
    const Cite = citationJs();
    for (const text of [toRis(three, ctx), toBibtex(three, ctx)]) {
      const read = new Map((new Cite(text).data as Array<Record<string, any>>).map((d) => [d.id, d.title]));
      for (const s of three) expect(read.get(s.id), s.id).toBe(exportTitle(s));
    }
    const parsed = parseBiblatex(toBibtex(three, ctx), { processUnexpected: true, processUnknown: true });
    expect(parsed.errors).toEqual([]);
    const text = (v: any): string => (Array.isArray(v) ? v.map((n: any) => (Array.isArray(n) ? text(n) : (n.text ?? ''))).join('') : String(v ?? ''));
    for (const e of Object.values(parsed.entries) as Array<Record<string, any>>) expect(text(e.fields.title), e.entry_key).toBe(exportTitle(three.find((s) => s.id === e.entry_key)!));
  });
});
