/**
 * Expected references, written from each jurisdiction's own citation conventions (OSCOLA: as cited
 * at home; APA 7 and Chicago 17: the Bluebook's forms), for real rulings of the corpus in data/.
 * Belgium and the United States have no ruling in the corpus yet: their rules are checked on
 * records of real decisions built here (Cass. 8 september 2010, P.10.0523.F; United States v.
 * Anzalone, 208 F. Supp. 3d 358 (D. Mass. 2016)), which never enter the corpus.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { citeSource, formatSource, citationStyle } from '@/lib/cite/cite';
import { formatCase, parseOjReference } from '@/lib/cite/legal';
import { risRecord } from '@/lib/export/ris';
import type { Source } from '@/lib/model/schema';

const corpus = loadCorpus();
const ctx = { jurisdictions: corpus.jurisdictions };
const source = (id: string): Source => {
  const s = corpus.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id} in data/sources`);
  return s;
};
const url = (id: string) => source(id).url;
// Every source in every style, formatted once for the whole-corpus checks.
const refsCache = new Map<string, ReturnType<typeof citeSource>>();
const refsOf = (s: Source) => refsCache.get(s.id) ?? (refsCache.set(s.id, citeSource(s, ctx)), refsCache.get(s.id)!);

type Row = { id: string; jurisdiction: string; oscola: string; apa: string; chicago: string };

const TABLE: Row[] = [
  {
    id: 'de-bgh-5str457-21',
    jurisdiction: 'DE',
    oscola: 'BGH, Beschl. v. 2.3.2022 – 5 StR 457/21.',
    apa: 'Bundesgerichtshof [BGH] [Federal Court of Justice] Mar. 2, 2022, 5 StR 457/21 (Ger.).',
    chicago: 'Bundesgerichtshof [BGH] [Federal Court of Justice] Mar. 2, 2022, 5 StR 457/21 (Ger.).',
  },
  {
    id: 'de-bgh-5str413-25',
    jurisdiction: 'DE',
    oscola: 'BGH, Urt. v. 17.12.2025 – 5 StR 413/25, ECLI:DE:BGH:2025:171225U5STR413.25.0.',
    apa: 'Bundesgerichtshof [BGH] [Federal Court of Justice] Dec. 17, 2025, 5 StR 413/25, ECLI:DE:BGH:2025:171225U5STR413.25.0 (Ger.).',
    chicago: 'Bundesgerichtshof [BGH] [Federal Court of Justice] Dec. 17, 2025, 5 StR 413/25, ECLI:DE:BGH:2025:171225U5STR413.25.0 (Ger.).',
  },
  {
    id: 'de-olg-bremen-2020',
    jurisdiction: 'DE',
    oscola: 'OLG Bremen, Beschl. v. 18.12.2020 – 1 Ws 166/20.',
    apa: 'Oberlandesgericht Bremen [OLG Bremen] [Higher Regional Court of Bremen] Dec. 18, 2020, 1 Ws 166/20 (Ger.).',
    chicago: 'Oberlandesgericht Bremen [OLG Bremen] [Higher Regional Court of Bremen] Dec. 18, 2020, 1 Ws 166/20 (Ger.).',
  },
  {
    id: 'at-ogh-14os107-24b',
    jurisdiction: 'AT',
    oscola: 'OGH 5.11.2024, 14 Os 107/24b, ECLI:AT:OGH0002:2024:0140OS00107.24B.1105.000.',
    apa: 'Oberster Gerichtshof [OGH] [Supreme Court of Justice] Nov. 5, 2024, 14 Os 107/24b, ECLI:AT:OGH0002:2024:0140OS00107.24B.1105.000 (Austria).',
    chicago: 'Oberster Gerichtshof [OGH] [Supreme Court of Justice] Nov. 5, 2024, 14 Os 107/24b, ECLI:AT:OGH0002:2024:0140OS00107.24B.1105.000 (Austria).',
  },
  {
    id: 'ch-ogzh-2025-08-15',
    jurisdiction: 'CH',
    oscola: 'OGer ZH, Beschluss vom 15. August 2025.',
    apa: 'Obergericht des Kantons Zürich [OGer ZH] [High Court of the Canton of Zurich] Aug. 15, 2025 (Switz.).',
    chicago: 'Obergericht des Kantons Zürich [OGer ZH] [High Court of the Canton of Zurich] Aug. 15, 2025 (Switz.).',
  },
  {
    id: 'nl-hr-2024-192',
    jurisdiction: 'NL',
    oscola: 'HR 13 februari 2024, ECLI:NL:HR:2024:192, NJ 2024/157.',
    apa: 'Hoge Raad der Nederlanden [HR] [Supreme Court of the Netherlands] Feb. 13, 2024, 23/00055, ECLI:NL:HR:2024:192 (Neth.).',
    chicago: 'Hoge Raad der Nederlanden [HR] [Supreme Court of the Netherlands] Feb. 13, 2024, 23/00055, ECLI:NL:HR:2024:192 (Neth.).',
  },
  {
    id: 'nl-rbams-2021-3707',
    jurisdiction: 'NL',
    oscola: 'Rb. Amsterdam 16 juli 2021, ECLI:NL:RBAMS:2021:3707.',
    apa: 'Rechtbank Amsterdam [Rb. Amsterdam] [District Court of Amsterdam] July 16, 2021, 13/997057-19, ECLI:NL:RBAMS:2021:3707 (Neth.).',
    chicago: 'Rechtbank Amsterdam [Rb. Amsterdam] [District Court of Amsterdam] July 16, 2021, 13/997057-19, ECLI:NL:RBAMS:2021:3707 (Neth.).',
  },
  {
    id: 'fr-cass-2022-10-11',
    jurisdiction: 'FR',
    oscola: 'Cass. crim., 11 oct. 2022, n° 21-85.148, ECLI:FR:CCASS:2022:CR01226.',
    apa: 'Cour de cassation [Cass.] [Court of Cassation] crim., Oct. 11, 2022, 21-85.148, ECLI:FR:CCASS:2022:CR01226 (Fr.).',
    chicago: 'Cour de cassation [Cass.] [Court of Cassation] crim., Oct. 11, 2022, 21-85.148, ECLI:FR:CCASS:2022:CR01226 (Fr.).',
  },
  {
    id: 'fr-cc-2022-987-qpc',
    jurisdiction: 'FR',
    oscola: 'Cons. const., déc. n° 2022-987 QPC du 8 avril 2022, M. Saïd Z.',
    apa: 'Conseil constitutionnel [Cons. const.] [Constitutional Council] Apr. 8, 2022, 2022-987 QPC (Fr.).',
    chicago: 'Conseil constitutionnel [Cons. const.] [Constitutional Council] Apr. 8, 2022, 2022-987 QPC (Fr.).',
  },
  {
    id: 'it-cass-su-23756-2024',
    jurisdiction: 'IT',
    oscola: 'Cass. pen., Sez. Un., ud. 29 febbraio 2024 (dep. 14 giugno 2024), n. 23756/2024.',
    apa: 'Corte di cassazione [Cass.] [Court of Cassation] Sez. Un., June 14, 2024, n. 23756/2024 (It.).',
    chicago: 'Corte di cassazione [Cass.] [Court of Cassation] Sez. Un., June 14, 2024, n. 23756/2024 (It.).',
  },
  {
    // Hearing first, filing date in brackets: "Cass. pen., sez. VI, ud. 15 gennaio 2024 (dep. 18 gennaio 2024), n. 2329" (CITATIONS.md §8).
    id: 'it-cass-44154-2023',
    jurisdiction: 'IT',
    oscola: 'Cass. pen., Sez. VI, ud. 26 ottobre 2023 (dep. 2 novembre 2023), n. 44154/2023.',
    apa: 'Corte di cassazione [Cass.] [Court of Cassation] Sez. VI, Nov. 2, 2023, n. 44154/2023 (It.).',
    chicago: 'Corte di cassazione [Cass.] [Court of Cassation] Sez. VI, Nov. 2, 2023, n. 44154/2023 (It.).',
  },
  {
    // Decided and filed on the hearing day as far as the record says: the hearing date alone.
    id: 'it-cass-47201-2023',
    jurisdiction: 'IT',
    oscola: 'Cass. pen., Sez. III, ud. 19 ottobre 2023, n. 47201/2023, R.G.N. 33073/2023.',
    apa: 'Corte di cassazione [Cass.] [Court of Cassation] Sez. III, Oct. 19, 2023, n. 47201/2023, R.G.N. 33073/2023 (It.).',
    chicago: 'Corte di cassazione [Cass.] [Court of Cassation] Sez. III, Oct. 19, 2023, n. 47201/2023, R.G.N. 33073/2023 (It.).',
  },
  {
    id: 'es-ts-854-2025',
    jurisdiction: 'ES',
    oscola: 'STS 854/2025, de 16 de octubre (rec. 10025/2025).',
    apa: 'Tribunal Supremo [TS] [Supreme Court] Oct. 16, 2025, STS 854/2025, recurso 10025/2025 (Spain).',
    chicago: 'Tribunal Supremo [TS] [Supreme Court] Oct. 16, 2025, STS 854/2025, recurso 10025/2025 (Spain).',
  },
  {
    id: 'no-hr-2022-1314-a',
    jurisdiction: 'NO',
    oscola: 'HR-2022-1314-A.',
    apa: 'Høyesterett [Supreme Court] June 30, 2022, HR-2022-1314-A, 22-027874STR-HRET, 22-027879STR-HRET, 22-027883STR-HRET (Nor.).',
    chicago: 'Høyesterett [Supreme Court] June 30, 2022, HR-2022-1314-A, 22-027874STR-HRET, 22-027879STR-HRET, 22-027883STR-HRET (Nor.).',
  },
  {
    id: 'dk-hr-2023-01-11',
    jurisdiction: 'DK',
    oscola: 'Højesterets kendelse af 11. januar 2023 i sag 23/2022, UfR 2023.1368.',
    apa: 'Højesteret [Supreme Court] Jan. 11, 2023, 23/2022 (Den.).',
    chicago: 'Højesteret [Supreme Court] Jan. 11, 2023, 23/2022 (Den.).',
  },
  {
    id: 'se-svea-hovratt-2021-05-07',
    jurisdiction: 'SE',
    oscola: 'Svea hovrätts dom den 7 maj 2021 i mål B 3203-21.',
    apa: 'Svea hovrätt [Svea Court of Appeal] May 7, 2021, B 3203-21 (Swed.).',
    chicago: 'Svea hovrätt [Svea Court of Appeal] May 7, 2021, B 3203-21 (Swed.).',
  },
  {
    id: 'fi-kko-2023-14',
    jurisdiction: 'FI',
    oscola: 'KKO:2023:14.',
    apa: 'Korkein oikeus [KKO] [Supreme Court] Feb. 23, 2023, KKO:2023:14, R2022/712, ECLI:FI:KKO:2023:14 (Fin.).',
    chicago: 'Korkein oikeus [KKO] [Supreme Court] Feb. 23, 2023, KKO:2023:14, R2022/712, ECLI:FI:KKO:2023:14 (Fin.).',
  },
  {
    id: 'uk-r-v-a-2021',
    jurisdiction: 'GB',
    oscola: 'R v A, B, D & C [2021] EWCA Crim 128.',
    apa: 'R v. A, B, D & C, [2021] EWCA Crim 128 (Eng.).',
    chicago: 'R v. A, B, D & C, [2021] EWCA Crim 128 (Eng.).',
  },
  {
    id: 'uk-r-c-v-dpp-2020',
    jurisdiction: 'GB',
    oscola: 'R (C) v Director of Public Prosecutions [2020] EWHC 2967 (Admin).',
    apa: 'R (C) v. Director of Public Prosecutions, [2020] EWHC 2967 (Admin) (Eng.).',
    chicago: 'R (C) v. Director of Public Prosecutions, [2020] EWHC 2967 (Admin) (Eng.).',
  },
  {
    id: 'au-qlr-2024-sasca-82',
    jurisdiction: 'AU',
    oscola: 'Questions of Law Reserved (Nos 1 and 2 of 2023) [2024] SASCA 82.',
    apa: 'Questions of Law Reserved (Nos 1 and 2 of 2023), [2024] SASCA 82 (Austl.).',
    chicago: 'Questions of Law Reserved (Nos 1 and 2 of 2023), [2024] SASCA 82 (Austl.).',
  },
  {
    id: 'ca-onscj-2016-ennetcom',
    jurisdiction: 'CA',
    oscola: 'Mutual Legal Assistance in Criminal Matters Act (Re) (Ennetcom) (13 September 2016), M125/16 (Ont Sup Ct J).',
    apa: 'Mutual Legal Assistance in Criminal Matters Act (Re) (Ennetcom), Court File No. M125/16 (Can. Ont. Super. Ct. J. Sept. 13, 2016).',
    chicago: 'Mutual Legal Assistance in Criminal Matters Act (Re) (Ennetcom), Court File No. M125/16 (Can. Ont. Super. Ct. J. Sept. 13, 2016).',
  },
  {
    id: 'cjeu-c670-22',
    jurisdiction: 'EU',
    oscola: 'Case C-670/22 Criminal proceedings against M.N. (EncroChat) EU:C:2024:372.',
    apa: 'Case C-670/22, Criminal proceedings against M.N. (EncroChat), ECLI:EU:C:2024:372 (Apr. 30, 2024).',
    chicago: 'Case C-670/22, Criminal proceedings against M.N. (EncroChat), ECLI:EU:C:2024:372 (Apr. 30, 2024).',
  },
  {
    id: 'cjeu-c670-22-ag',
    jurisdiction: 'EU',
    oscola: 'Case C-670/22 Staatsanwaltschaft Berlin v M.N., Opinion of AG Ćapeta EU:C:2023:817.',
    apa: 'Case C-670/22, Staatsanwaltschaft Berlin v. M.N., Opinion of Advocate General Ćapeta, ECLI:EU:C:2023:817 (Oct. 26, 2023).',
    chicago: 'Case C-670/22, Staatsanwaltschaft Berlin v. M.N., Opinion of Advocate General Ćapeta, ECLI:EU:C:2023:817 (Oct. 26, 2023).',
  },
  {
    id: 'gc-t484-24',
    jurisdiction: 'EU (General Court)',
    oscola: 'Case T-484/24 FF v Eurojust and Europol EU:T:2025:645.',
    apa: 'Case T-484/24, FF v. Eurojust and Europol, ECLI:EU:T:2025:645 (Gen. Ct. June 26, 2025).',
    chicago: 'Case T-484/24, FF v. Eurojust and Europol, ECLI:EU:T:2025:645 (Gen. Ct. June 26, 2025).',
  },
  {
    id: 'gc-t506-24-order',
    jurisdiction: 'EU (General Court, no ECLI in the record)',
    oscola: 'Case T-506/24 FL v Eurojust and Europol (General Court, 26 June 2025).',
    apa: 'Case T-506/24, FL v. Eurojust and Europol (Gen. Ct. June 26, 2025).',
    chicago: 'Case T-506/24, FL v. Eurojust and Europol (Gen. Ct. June 26, 2025).',
  },
  {
    id: 'echr-bbw',
    jurisdiction: 'ECHR',
    oscola: 'Big Brother Watch and Others v the United Kingdom [GC] App nos 58170/13, 62322/14 and 24960/15 (ECtHR, 25 May 2021).',
    apa: 'Big Brother Watch and Others v. the United Kingdom [GC], App. Nos. 58170/13, 62322/14 & 24960/15 (Eur. Ct. H.R. May 25, 2021).',
    chicago: 'Big Brother Watch and Others v. the United Kingdom [GC], App. Nos. 58170/13, 62322/14 & 24960/15 (Eur. Ct. H.R. May 25, 2021).',
  },
  {
    id: 'echr-al-ej-v-france',
    jurisdiction: 'ECHR (decision)',
    oscola: 'A.L. and E.J. v France App nos 44715/20 and 47930/21 (ECtHR, decision of 17 October 2024).',
    apa: 'A.L. and E.J. v. France, App. Nos. 44715/20 & 47930/21 (Eur. Ct. H.R. Oct. 17, 2024) (decision).',
    chicago: 'A.L. and E.J. v. France, App. Nos. 44715/20 & 47930/21 (Eur. Ct. H.R. Oct. 17, 2024) (decision).',
  },
];

describe('expected references for real rulings, one or more per jurisdiction and European court', () => {
  it('covers every jurisdiction with a ruling in the corpus, and the CJEU, the General Court and the ECtHR', () => {
    const withRulings = new Set(corpus.sources.filter((s) => ['judgment', 'decision', 'opinion'].includes(s.type)).map((s) => s.jurisdiction));
    const covered = new Set(TABLE.map((r) => source(r.id).jurisdiction));
    for (const j of withRulings) expect(covered.has(j), j).toBe(true);
    expect(TABLE.some((r) => source(r.id).court === 'eu-general-court')).toBe(true);
    expect(TABLE.some((r) => source(r.id).court === 'cjeu')).toBe(true);
  });

  for (const row of TABLE) {
    it(`${row.jurisdiction}: ${row.id}`, () => {
      const [oscola, apa, chicago] = citeSource(source(row.id), ctx).map((r) => r.text);
      expect(oscola).toBe(row.oscola);
      // APA's reference-list entry ends with the URL where the decision can be read.
      expect(apa).toBe(`${row.apa} ${url(row.id)}`);
      expect(chicago).toBe(row.chicago);
    });
  }

  it('the BGH decision of 2 March 2022 carries its Aktenzeichen in its German form in every style', () => {
    for (const r of citeSource(source('de-bgh-5str457-21'), ctx)) expect(r.text, r.style).toContain('5 StR 457/21');
    expect(citeSource(source('de-bgh-5str457-21'), ctx)[0]!.text).toMatch(/^BGH, Beschl\. v\. 2\.3\.2022 – 5 StR 457\/21/);
  });

  it('puts "No." before no foreign case number and prints no identifier twice', () => {
    for (const s of corpus.sources.filter((x) => ['judgment', 'decision', 'opinion'].includes(x.type))) {
      for (const r of citeSource(s, ctx)) {
        // Ontario's "Court File No." and the Bluebook's "App. No." for Strasbourg are part of those forms.
        for (const n of s.identifiers.caseNumbers) expect(r.text.replace(`Court File No. ${n}`, '').replace(/App\. Nos?\. /, ''), `${s.id} ${r.style}`).not.toContain(`No. ${n}`);
        if (s.identifiers.ecli) expect(r.text.replace(s.url, '').split(s.identifiers.ecli.replace(/^ECLI:/, '')).length - 1, `${s.id} ${r.style}`).toBeLessThanOrEqual(1);
        expect(r.text, `${s.id} ${r.style}`).not.toMatch(/\s{2}|\.\.$|,,|\(\)/);
      }
    }
  });

  it('never prints an ECLI the record does not have', () => {
    for (const s of corpus.sources) {
      for (const r of refsOf(s)) {
        const printed = r.text.match(/\b(?:ECLI:)?[A-Z]{2}:[A-Za-z0-9]{1,7}:\d{4}:[A-Za-z0-9.]+/g) ?? [];
        const known = [s.identifiers.ecli, ...s.identifiers.other].filter(Boolean).map((e) => e!.replace(/^ECLI:/, ''));
        for (const p of printed) if (!/^KKO|^HelHO/.test(p)) expect(known.some((k) => k.startsWith(p.replace(/^ECLI:/, '').replace(/\.$/, ''))), `${s.id} ${r.style}: ${p}`).toBe(true);
      }
    }
  }, 30_000);
});

describe('pinpoints in each jurisdiction’s form', () => {
  const para = { kind: 'paragraph' as const, value: '30' };
  it.each([
    ['de-bgh-5str457-21', 'BGH, Beschl. v. 2.3.2022 – 5 StR 457/21, Rn. 30.'],
    ['nl-hr-2024-192', 'HR 13 februari 2024, ECLI:NL:HR:2024:192, NJ 2024/157, r.o. 30.'],
    ['no-hr-2022-1314-a', 'HR-2022-1314-A avsnitt 30.'],
    ['uk-r-v-a-2021', 'R v A, B, D & C [2021] EWCA Crim 128 [30].'],
    ['cjeu-c670-22', 'Case C-670/22 Criminal proceedings against M.N. (EncroChat) EU:C:2024:372, para 30.'],
    ['echr-bbw', 'Big Brother Watch and Others v the United Kingdom [GC] App nos 58170/13, 62322/14 and 24960/15 (ECtHR, 25 May 2021), para 30.'],
  ])('OSCOLA %s', (id, expected) => {
    expect(formatSource(source(id), ctx, 'oscola', para)).toBe(expected);
  });

  it('Chicago (Bluebook) pinpoints with ¶, APA’s reference-list entry has none', () => {
    expect(formatSource(source('de-bgh-5str457-21'), ctx, 'chicago', para)).toBe('Bundesgerichtshof [BGH] [Federal Court of Justice] Mar. 2, 2022, 5 StR 457/21, ¶ 30 (Ger.).');
    expect(formatSource(source('de-bgh-5str457-21'), ctx, 'apa', para)).not.toContain('30 (');
  });
});

describe('jurisdictions without a ruling in the corpus (records of real decisions built for the test)', () => {
  const base = source('de-bgh-5str457-21');
  const record = (over: Partial<Source>): Source => ({ ...base, appeal: [], additionalUrls: [], ...over, identifiers: { caseNumbers: [], other: [], ...over.identifiers } });

  it('Belgium: the Court of Cassation by date and roll number, in the language of the decision', () => {
    const cass = record({ id: 'test-be-cass', jurisdiction: 'BE', court: 'be-cass', type: 'judgment', language: 'nl', date: '2010-09-08', title: 'Cass. 8 september 2010, P.10.0523.F', issuer: 'Hof van Cassatie', identifiers: { caseNumbers: ['P.10.0523.F'], other: [] } });
    expect(formatSource(cass, ctx, 'oscola')).toBe('Cass. 8 september 2010, nr. P.10.0523.F.');
    expect(formatSource(cass, ctx, 'chicago')).toBe('Hof van Cassatie [Cass.] [Court of Cassation] Sept. 8, 2010, P.10.0523.F (Belg.).');
  });

  it('United States: Bluebook rule 10, with OSCOLA’s form without full stops', () => {
    const anzalone = record({
      id: 'test-us-anzalone',
      jurisdiction: 'US',
      court: 'us-district',
      type: 'judgment',
      language: 'en',
      date: '2016-09-16',
      title: 'United States v. Anzalone',
      issuer: 'United States District Court for the District of Massachusetts',
      identifiers: { caseNumbers: [], other: ['208 F. Supp. 3d 358'] },
    });
    expect(formatSource(anzalone, ctx, 'chicago')).toBe('United States v. Anzalone, 208 F. Supp. 3d 358 (D. Mass. 2016).');
    expect(formatSource(anzalone, ctx, 'apa')).toBe(`United States v. Anzalone, 208 F. Supp. 3d 358 (D. Mass. 2016). ${base.url}`);
    expect(formatSource(anzalone, ctx, 'oscola')).toBe('United States v Anzalone 208 F Supp 3d 358 (D Mass 2016).');
  });
});

describe('sources other than rulings', () => {
  it('EU legislation with its Official Journal reference; an Australian Act as AGLC writes it', () => {
    const [oscola, apa, chicago] = citeSource(source('eu-directive-2014-41'), ctx).map((r) => r.text);
    expect(oscola).toMatch(/criminal matters \[2014\] OJ L130\/1\.$/);
    expect(chicago).toMatch(/criminal matters, 2014 O\.J\. \(L 130\) 1\.$/);
    expect(apa).toContain('2014 O.J. (L 130) 1. https://');
    expect(parseOjReference('OJ L 130, 1.5.2014, p. 1-36')).toEqual({ series: 'L', issue: '130', year: 2014, page: '1' });
    expect(formatSource(source('au-confirmation-act-2024'), ctx, 'oscola')).toBe('Surveillance Legislation (Confirmation of Application) Act 2024 (Cth).');
  });

  it('a press release names its issuer as author, with its full date, in every style', () => {
    const [oscola, apa, chicago] = citeSource(source('nl-politie-2020-07-02'), ctx).map((r) => r.text);
    // The release's own title (ownTitle), without the editors' "(Politie, 2 juli 2020)".
    expect(oscola).toMatch(/^Politie \(Landelijke Eenheid\), ‘Live meekijken met criminelen’ \(Press release, 2 July 2020\) <https:/);
    expect(apa).toMatch(/^Politie \(Landelijke Eenheid\)\. \(2020, July 2\)\. Live meekijken met criminelen \[Press release\]\. https:/);
    expect(chicago).toMatch(/“Live meekijken met criminelen,” Press release, July 2, 2020, https:/);
  });

  it('a press release known only from reports is cited by the editors\' description in square brackets, never quoted', () => {
    const [oscola, apa, chicago] = citeSource(source('europol-2021-06-08-trojanshield'), ctx).map((r) => r.text);
    const description = '[Europol statement on Operation Trojan Shield / OTF Greenlight, 8 June 2021 (as reported)]';
    expect(oscola).toBe(`Europol, ${description} (Press release, 8 June 2021) <${url('europol-2021-06-08-trojanshield')}>.`);
    expect(apa).toBe(`Europol. (2021, June 8). ${description} [Press release]. ${url('europol-2021-06-08-trojanshield')}`);
    expect(chicago).toBe(`Europol, ${description}, Press release, June 8, 2021, ${url('europol-2021-06-08-trojanshield')}.`);
  });

  it('an article and a news report keep their authors, outlet and URL', () => {
    const apa = formatSource(source('de-hrrs-sommer-2024'), ctx, 'apa');
    expect(apa).toBe(`Sommer, U. (2024). ANOM oder: wie der Rechtsstaat Unrecht produzieren kann. HRRS 12/2024. ${url('de-hrrs-sommer-2024')}`);
    const news = citeSource(source('es-rocafort-2024'), ctx).map((r) => r.text);
    for (const t of news) expect(t).toContain('Computer Weekly');
    for (const t of news) expect(t).toContain(url('es-rocafort-2024'));
  });

  it('a journal article whose record gives volume(issue) and pages after the journal name is cited by them', () => {
    // The record's container is "New Journal of European Criminal Law 14(3) 273-293".
    const [oscola, apa, chicago] = citeSource(source('sagittae-2023'), ctx).map((r) => r.text);
    expect(oscola).toBe(`Georgios Sagittae, ‘On the lawfulness of the EncroChat and Sky ECC-operations’ (2023) 14 New Journal of European Criminal Law 273 <${url('sagittae-2023')}>.`);
    expect(apa).toBe(`Sagittae, G. (2023). On the lawfulness of the EncroChat and Sky ECC-operations. New Journal of European Criminal Law, 14(3), 273–293. ${url('sagittae-2023')}`);
    expect(chicago).toBe(`Georgios Sagittae, “On the lawfulness of the EncroChat and Sky ECC-operations,” New Journal of European Criminal Law 14, no. 3 (2023): 273–93, ${url('sagittae-2023')}.`);
    expect(citeSource(source('turanjanin-2025'), ctx)[1]!.text).toContain('Revija za kriminologiju i krivično pravo, 63(3).');
  });

  it('a report by a named speaker does not repeat the speaker as its publisher', () => {
    // The record's issuer is "Mark Dreyfus, Attorney-General of Australia (House of Representatives Hansard)".
    const [oscola, apa, chicago] = citeSource(source('au-hansard-2024-11-21-dreyfus'), ctx).map((r) => r.text);
    const title = 'Surveillance Legislation (Confirmation of Application) Bill 2024, second reading speech (House of Representatives, 21 November 2024)';
    expect(oscola).toBe(`Mark Dreyfus, ‘${title}’ (2024) <${url('au-hansard-2024-11-21-dreyfus')}>.`);
    expect(apa).toBe(`Dreyfus, M. (2024). ${title}. ${url('au-hansard-2024-11-21-dreyfus')}`);
    expect(chicago).toBe(`Mark Dreyfus, “${title},” November 21, 2024, ${url('au-hansard-2024-11-21-dreyfus')}.`);
    // Nor the other Hansard speech ("Paul Fletcher MP, Shadow Minister … (House of Representatives Hansard)").
    expect(citeSource(source('au-hansard-2024-11-26-fletcher'), ctx)[0]!.text).not.toContain('(Paul Fletcher MP');
  });

  it('a press release names its issuing body as author without the record’s “as reported” note', () => {
    // Issuer "Australian Federal Police (as reported by dpa)".
    for (const r of citeSource(source('afp-ghost-2024'), ctx)) expect(r.text, r.style).toMatch(/^Australian Federal Police[.,] /);
    // Issuer "National Crime Agency and UK Home Secretary (as reported)".
    expect(formatSource(source('uk-nca-venetic-2020'), ctx, 'apa')).toMatch(/^National Crime Agency and UK Home Secretary\. \(2020, July 2\)/);
    expect(risRecord(source('uk-nca-venetic-2020'), ctx)).toContain('AU  - National Crime Agency and UK Home Secretary');
  });

  it('every source of the corpus gives a non-empty reference in every style', () => {
    for (const s of corpus.sources) for (const r of refsOf(s)) expect(r.text.length, `${s.id} ${r.style}`).toBeGreaterThan(10);
  }, 30_000);
});

describe('bad input', () => {
  it('an unknown style is an error naming it', () => {
    expect(() => citationStyle('mla')).toThrow(/unknown citation style "mla"; expected one of oscola, apa, chicago/);
    expect(() => formatSource(source('de-bgh-5str457-21'), ctx, 'harvard' as never)).toThrow(/"harvard"/);
  });
  it('a non-case source is left to citeproc', () => {
    expect(formatCase(source('de-hrrs-sommer-2024'), ctx, { style: 'oscola' })).toBeUndefined();
  });
});
