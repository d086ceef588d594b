import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { citeNode, citeSource } from '@/lib/cite/cite';
import { CITATION_STYLES, formatReference } from '@/lib/cite/format';
import { caseName, nodeToCsl, parseNeutralCitation, sourceToCsl } from '@/lib/cite/csl-item';
import { ACCESS_DATE_PLACEHOLDER, withAccessDate } from '@/lib/cite/accessed';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());
const ctx = { jurisdictions: corpus.jurisdictions };
const source = (id: string) => corpus.sources.find((s) => s.id === id)!;
const node = (id: string) => corpus.nodes.find((n) => n.id === id)!;

describe('citeSource', () => {
  it('formats a decision in OSCOLA, APA and Chicago through the CSL styles', () => {
    const refs = citeSource(source('syn-uk-appeal'), ctx, { kind: 'paragraph', value: '12' });
    expect(refs.map((r) => r.style)).toEqual(['oscola', 'apa', 'chicago']);
    const [oscola, apa, chicago] = refs.map((r) => r.text);
    // OSCOLA: italic-free text form, neutral citation and paragraph pinpoint in square brackets.
    expect(oscola).toBe('R v Synthetic (appeal) [2021] TEST Crim 1 [12].');
    expect(apa).toContain('Synthetic (appeal), [2021] TEST Crim 1');
    expect(apa).toContain('2021');
    expect(chicago).toBe('R v. Synthetic (appeal), [2021] TEST Crim 1, ¶ 12 (Eng.).');
    expect(new Set([oscola, apa, chicago]).size).toBe(3);
  });

  it('cites an EU decision with its ECLI (OSCOLA: without the "ECLI:" prefix) and case number', () => {
    const [oscola, apa] = citeSource(source('src-judgment'), ctx).map((r) => r.text);
    expect(oscola).toContain(' EU:C:2024:372');
    expect(oscola).not.toContain('ECLI:');
    expect(apa).toContain('ECLI:EU:C:2024:372');
    expect(oscola).toContain('C-1/00');
    expect(oscola).toContain('2024');
  });

  it('keeps the full stops of an ECLI that OSCOLA would strip, and prints no identifier twice', () => {
    const base = source('src-judgment');
    const dotted = { ...base, identifiers: { ...base.identifiers, ecli: 'ECLI:XX:TEST:2024:0140OS.24B.1' } };
    const refs = citeSource(dotted, ctx);
    for (const r of refs) {
      expect(r.text, r.style).toContain('XX:TEST:2024:0140OS.24B.1');
      expect(r.text, r.style).not.toContain('0140OS24B1');
      expect(r.text.split('XX:TEST:2024:0140OS.24B.1').length - 1, r.style).toBe(1);
    }
  });

  it('takes a neutral citation out of a title that ends with it', () => {
    const base = source('syn-uk-appeal');
    const titled = { ...base, title: 'R v Synthetic [2021] TEST Crim 1' };
    expect(sourceToCsl(titled, ctx).title).toBe('R v Synthetic');
    expect(citeSource(titled, ctx)[0]!.text).toBe('R v Synthetic [2021] TEST Crim 1.');
    expect(sourceToCsl(source('src-judgment'), ctx).title).toBe('Test judgment');
  });

  it('names a decision without the identifiers the styles print, whatever words introduce them', () => {
    const base = source('src-judgment');
    const titled = (title: string, caseNumbers: string[], ecli?: string) => ({ ...base, title, identifiers: { ...base.identifiers, caseNumbers, ecli } });
    expect(caseName(titled('Judgment of the Court (Grand Chamber) of 30 April 2024, Criminal proceedings against M.N. (EncroChat), Case C-670/22', ['C-670/22']))).toBe(
      'Judgment of the Court (Grand Chamber) of 30 April 2024, Criminal proceedings against M.N. (EncroChat)',
    );
    expect(caseName(titled('BGH, Beschluss vom 2. März 2022 – 5 StR 457/21 (Verwertbarkeit von EncroChat-Daten)', ['5 StR 457/21']))).toBe(
      'BGH, Beschluss vom 2. März 2022 (Verwertbarkeit von EncroChat-Daten)',
    );
    expect(caseName(titled('Hoge Raad, 13 juni 2023, prejudiciële beslissing, ECLI:NL:HR:2023:913', ['23/00010'], 'ECLI:NL:HR:2023:913'))).toBe('Hoge Raad, 13 juni 2023, prejudiciële beslissing');
    expect(caseName(titled('A.L. and E.J. v. France (inadmissibility decision), applications nos. 44715/20 and 47930/21', ['44715/20', '47930/21']))).toBe(
      'A.L. and E.J. v. France (inadmissibility decision)',
    );
    expect(caseName(titled('Cour de cassation, chambre criminelle, 26 mars 2025, n° 23-87.113 et 21-83.122 (F-D)', ['23-87.113', '21-83.122']))).toBe(
      'Cour de cassation, chambre criminelle, 26 mars 2025 (F-D)',
    );
    expect(caseName(titled('LG Berlin I, Urteil vom 19. Dezember 2024 – 525 KLs 8/22 (279 Js 30/22)', ['525 KLs 8/22', '279 Js 30/22']))).toBe('LG Berlin I, Urteil vom 19. Dezember 2024');
    // Danish and Swedish: "sagerne 56/2022 og 59/2022" leaves no "sagerne og" behind.
    expect(caseName(titled('Højesteret, kendelser af 4. oktober 2023, sagerne 56/2022 og 59/2022 (SKY ECC-lokaliseringsdata)', ['56/2022', '59/2022']))).toBe(
      'Højesteret, kendelser af 4. oktober 2023 (SKY ECC-lokaliseringsdata)',
    );
    expect(caseName(titled('Svea hovrätt, dom 7 maj 2021, mål B 3203-21 och B 3204-21', ['B 3203-21', 'B 3204-21']))).toBe('Svea hovrätt, dom 7 maj 2021');
    // A title that is nothing but its number keeps it.
    expect(caseName(titled('C-1/00', ['C-1/00']))).toBe('C-1/00');
  });

  it('gives APA and Chicago the docket number and ECLI of an unreported decision, never a blank reporter page', () => {
    const refs = citeSource(source('src-judgment'), ctx);
    for (const r of refs) expect(r.text, r.style).not.toContain('___');
    const item = sourceToCsl(source('src-judgment'), ctx, 'apa');
    expect(item['container-title']).toBeUndefined();
    expect(item.number).toBe('C-1/00');
    expect(item.note).toContain('ECLI:EU:C:2024:372');
    expect(refs[1]!.text).toContain('C-1/00, Test judgment, ECLI:EU:C:2024:372');
  });

  it('cites an article with its author', () => {
    const apa = citeSource(source('src-article'), ctx)[1]!.text;
    expect(apa).toMatch(/^Doe, J\. \(2023\)\. Test article\./);
  });
});

describe('citeNode', () => {
  const refs = citeNode(node('pos-yes'), { permalink: 'https://admissible.test/node/pos-yes', version: 'abcdef123456', accessed: '2026-01-02' });

  it('gives the permalink and access date in every style, and the dataset version', () => {
    for (const r of refs) expect(r.text, r.style).toContain('https://admissible.test/node/pos-yes');
    for (const r of refs) expect(r.text, r.style).toContain('abcdef123456');
    expect(refs[0]!.text).toBe(
      'Admissible, ‘Position: Yes, It Is’ (Admissible, dataset version abcdef123456) <https://admissible.test/node/pos-yes> accessed 2 January 2026.',
    );
    expect(refs[1]!.text).toContain('(dataset version abcdef123456)');
    expect(refs[2]!.text).toContain('January 2, 2026');
  });

  it('lets the browser put in today’s date for the placeholder in every style’s own form', () => {
    for (const style of CITATION_STYLES) {
      const item = nodeToCsl(node('pos-yes'), { permalink: 'https://a.test/node/pos-yes', version: '123456789abc', accessed: ACCESS_DATE_PLACEHOLDER }, style.id);
      const text = formatReference(item, style);
      expect(text, style.id).toContain('123456789abc');
      const today = withAccessDate(text, '2027-03-04', style.lang);
      expect(today, style.id).not.toContain('1999');
      if (text.includes('accessed') || text.includes('Accessed') || text.includes('Retrieved')) {
        expect(today).toMatch(style.lang === 'en-GB' ? /4 March 2027/ : /March 4, 2027/);
      }
    }
  });
});

describe('CSL items', () => {
  it('reads a neutral citation', () => {
    expect(parseNeutralCitation('[2021] EWCA Crim 128')).toEqual({ year: 2021, court: 'EWCA Crim', number: '128' });
    expect(parseNeutralCitation('[2023] UKSC 7')).toEqual({ year: 2023, court: 'UKSC', number: '7' });
    expect(parseNeutralCitation('C-670/22')).toBeUndefined();
  });

  it('keeps partial dates partial', () => {
    expect(sourceToCsl(source('syn-uk-first'), ctx).issued).toEqual({ 'date-parts': [[2020, 10]] });
    expect(sourceToCsl(source('src-article'), ctx).issued).toEqual({ 'date-parts': [[2023]] });
  });
});

describe('citing a dated view', () => {
  it('names the as-of date and the dataset version in every style', () => {
    const refs = citeNode(node('pos-yes'), { permalink: 'https://admissible.test/node/pos-yes?asOf=2023-02-01', version: 'abcdef123456', accessed: '2026-01-02', asOf: '2023-02-01' });
    for (const r of refs) {
      expect(r.text, r.style).toContain('as of 2023-02-01');
      expect(r.text, r.style).toContain('abcdef123456');
      expect(r.text, r.style).toContain('?asOf=2023-02-01');
    }
  });
});
