/**
 * Court decisions and legislation as each style prints them, where the CSL styles cannot.
 *
 * OSCOLA cites a foreign decision as it is cited in its own jurisdiction (OSCOLA 4th ed. s 2.8):
 * "BGH, Beschl. v. 2.3.2022 – 5 StR 457/21", "HR 13 februari 2024, ECLI:NL:HR:2024:192",
 * "Cass. crim., 11 oct. 2022, n° 21-85.148", "HR-2022-1314-A", "KKO:2023:14"; a CJEU case by
 * case number, parties and ECLI without its "ECLI:" prefix (OSCOLA FAQ); an ECtHR judgment by
 * name, application number, court and date. APA 7 and Chicago 17 take their legal references
 * from the Bluebook, whose rule for a foreign decision is court (original name, abbreviation,
 * translation), date, docket number and country ("Bundesgerichtshof [BGH] [Federal Court of
 * Justice] Mar. 2, 2022, 5 StR 457/21 (Ger.)"). The CSL styles have no such forms (the `legal_case`
 * layout of all three is built for reporter citations), so this module writes them; everything
 * else, and an English or Australian decision in OSCOLA, stays with citeproc (lib/cite/format.ts).
 *
 * Only identifiers in the record are printed; nothing is derived that the record does not give.
 * Names of parties and the form of decision are read from the record's title, in the court's
 * own words.
 */
import type { Pinpoint, Source } from '@/lib/model/schema';
import type { CitationStyleId, SourceContext } from './csl-item';
import { caseName, citedTitle, courtOf } from './csl-item';

const CASE_TYPES = new Set<Source['type']>(['judgment', 'decision', 'opinion']);

export function isCase(source: Source): boolean {
  return CASE_TYPES.has(source.type);
}

// ---------------------------------------------------------------------------------------------
// Dates in each language.

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
/** The abbreviations French legal writing uses in decision dates ("11 oct. 2022"). */
const FR_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
/** Bluebook table T12. */
const BLUEBOOK_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface Day {
  y: number;
  m?: number;
  d?: number;
}

function day(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m, d };
}

/** "2 März 2022" / "2. März 2022" / "March 2022" / "2022": as much of the date as the record has. */
function longDate(date: Day, lang: keyof typeof MONTHS, dotAfterDay = false): string {
  if (!date.m) return String(date.y);
  const month = MONTHS[lang]![date.m - 1]!;
  if (!date.d) return `${month} ${date.y}`;
  return `${date.d}${dotAfterDay ? '.' : ''} ${month} ${date.y}`;
}

/** German and Austrian numeric dates, "2.3.2022". */
function numericDate(date: Day): string {
  if (!date.m) return String(date.y);
  if (!date.d) return `${date.m}/${date.y}`;
  return `${date.d}.${date.m}.${date.y}`;
}

function frenchShortDate(date: Day): string {
  if (!date.m) return String(date.y);
  return date.d ? `${date.d} ${FR_SHORT[date.m - 1]} ${date.y}` : `${FR_SHORT[date.m - 1]} ${date.y}`;
}

function bluebookDate(date: Day): string {
  if (!date.m) return String(date.y);
  return date.d ? `${BLUEBOOK_MONTHS[date.m - 1]} ${date.d}, ${date.y}` : `${BLUEBOOK_MONTHS[date.m - 1]} ${date.y}`;
}

// ---------------------------------------------------------------------------------------------
// Pinpoints.

type PinWords = Partial<Record<Pinpoint['kind'], string>>;
const OSCOLA_PIN: Required<PinWords> = { paragraph: 'para', page: 'p', section: 's', article: 'art', point: 'point', recital: 'recital' };
const BLUEBOOK_PIN: Required<PinWords> = { paragraph: '¶', page: 'at', section: '§', article: 'art.', point: 'pt.', recital: 'recital' };

function pin(p: Pinpoint | undefined, words: PinWords, fallback: Required<PinWords>, sep = ', '): string {
  if (!p) return '';
  return `${sep}${words[p.kind] ?? fallback[p.kind]} ${p.value}`;
}

// ---------------------------------------------------------------------------------------------
// Courts: how each one is named at home and in the Bluebook.

interface CourtNames {
  /** As the court's own jurisdiction abbreviates it in a citation ("BGH", "OLG Bremen", "Rb. Amsterdam"). */
  home: string;
  /** Original name, for the Bluebook ("Bundesgerichtshof"). */
  original: string;
  /** English translation, for the Bluebook ("Federal Court of Justice"). */
  english: string;
  /** The Bluebook's bracketed abbreviation when it differs from `home` ("Cass." for "Cass. crim."). */
  bluebookAbbr?: string;
  /** A chamber the Bluebook writes after the court ("crim."). */
  chamber?: string;
}

/** The place in a title such as "OLG Bremen, …", "Rechtbank Amsterdam, …", "LG Berlin I, …". */
function placeAfter(title: string, word: string): string | undefined {
  const m = new RegExp(String.raw`\b${word}\s+([A-ZÄÖÜ][\p{L}-]+(?:\s+I{1,3}\b)?)`, 'u').exec(title);
  return m?.[1];
}

function courtNames(source: Source): CourtNames | undefined {
  const t = source.title;
  switch (source.court) {
    case 'de-bverfg':
      return { home: 'BVerfG', original: 'Bundesverfassungsgericht', english: 'Federal Constitutional Court' };
    case 'de-bgh':
      return { home: 'BGH', original: 'Bundesgerichtshof', english: 'Federal Court of Justice' };
    case 'de-kg-berlin':
      return { home: 'KG', original: 'Kammergericht', english: 'Higher Regional Court of Berlin' };
    case 'de-olg': {
      const place = placeAfter(t, 'OLG') ?? placeAfter(t, 'Oberlandesgericht');
      return place ? { home: `OLG ${place}`, original: `Oberlandesgericht ${place}`, english: `Higher Regional Court of ${place}` } : undefined;
    }
    case 'de-lg-berlin':
    case 'de-lg': {
      const place = placeAfter(t, 'LG') ?? placeAfter(t, 'Landgericht');
      return place ? { home: `LG ${place}`, original: `Landgericht ${place}`, english: `Regional Court of ${place}` } : undefined;
    }
    case 'at-ogh':
      return { home: 'OGH', original: 'Oberster Gerichtshof', english: 'Supreme Court of Justice' };
    case 'ch-bger':
      return { home: 'BGer', original: 'Bundesgericht', english: 'Federal Supreme Court' };
    case 'ch-og-zh':
      return { home: 'OGer ZH', original: 'Obergericht des Kantons Zürich', english: 'High Court of the Canton of Zurich' };
    case 'fr-cass':
      return { home: 'Cass. crim.', original: 'Cour de cassation', english: 'Court of Cassation', bluebookAbbr: 'Cass.', chamber: 'crim.' };
    case 'fr-conseil-constitutionnel':
      return { home: 'Cons. const.', original: 'Conseil constitutionnel', english: 'Constitutional Council' };
    case 'nl-hr':
      return { home: 'HR', original: 'Hoge Raad der Nederlanden', english: 'Supreme Court of the Netherlands' };
    case 'nl-gerechtshof': {
      const place = placeAfter(t, 'Gerechtshof') ?? placeAfter(t, 'Hof');
      return place ? { home: `Hof ${place}`, original: `Gerechtshof ${place}`, english: `Court of Appeal of ${place}` } : undefined;
    }
    case 'nl-rechtbank': {
      const place = placeAfter(t, 'Rechtbank') ?? placeAfter(t, 'Rb.');
      return place ? { home: `Rb. ${place}`, original: `Rechtbank ${place}`, english: `District Court of ${place}` } : undefined;
    }
    case 'be-cass':
      return source.language === 'fr'
        ? { home: 'Cass.', original: 'Cour de cassation', english: 'Court of Cassation' }
        : { home: 'Cass.', original: 'Hof van Cassatie', english: 'Court of Cassation' };
    case 'be-const':
      return source.language === 'fr'
        ? { home: 'C.C.', original: 'Cour constitutionnelle', english: 'Constitutional Court' }
        : { home: 'GwH', original: 'Grondwettelijk Hof', english: 'Constitutional Court' };
    case 'it-cass-su':
    case 'it-cass':
      return { home: 'Cass. pen.', original: 'Corte di cassazione', english: 'Court of Cassation', bluebookAbbr: 'Cass.', chamber: italianSection(source) };
    case 'es-ts':
      return { home: 'TS', original: 'Tribunal Supremo', english: 'Supreme Court' };
    case 'no-hr':
      return /ankeutvalg/.test(t)
        ? { home: 'Høyesteretts ankeutvalg', original: 'Høyesteretts ankeutvalg', english: 'Appeals Selection Committee of the Supreme Court' }
        : { home: 'Høyesterett', original: 'Høyesterett', english: 'Supreme Court' };
    case 'dk-hr':
      return { home: 'Højesteret', original: 'Højesteret', english: 'Supreme Court' };
    case 'se-hd':
      return { home: 'Högsta domstolen', original: 'Högsta domstolen', english: 'Supreme Court' };
    case 'se-hovratt': {
      const m = /^(\p{L}+) hovrätt/u.exec(t);
      return m ? { home: `${m[1]} hovrätt`, original: `${m[1]} hovrätt`, english: `${m[1]} Court of Appeal` } : undefined;
    }
    case 'fi-kko':
      return { home: 'KKO', original: 'Korkein oikeus', english: 'Supreme Court' };
    case 'fi-hovioikeus': {
      const m = /^(\p{L}+) hovioikeus/u.exec(t);
      const english = /\((\p{L}+ Court of Appeal)\)/u.exec(source.issuer)?.[1];
      return m ? { home: `${m[1]} hovioikeus`, original: `${m[1]} hovioikeus`, english: english ?? 'Court of Appeal' } : undefined;
    }
    case 'ca-onscj':
      return { home: 'Ont Sup Ct J', original: 'Ontario Superior Court of Justice', english: 'Ontario Superior Court of Justice' };
    default:
      return undefined;
  }
}

/** Bluebook jurisdiction parentheticals (table T2) for the countries in the corpus. */
const COUNTRY: Record<string, string> = {
  AT: 'Austria',
  AU: 'Austl.',
  BE: 'Belg.',
  CA: 'Can.',
  CH: 'Switz.',
  DE: 'Ger.',
  DK: 'Den.',
  ES: 'Spain',
  FI: 'Fin.',
  FR: 'Fr.',
  GB: 'Eng.',
  IT: 'It.',
  NL: 'Neth.',
  NO: 'Nor.',
  SE: 'Swed.',
};

// ---------------------------------------------------------------------------------------------
// Identifiers as the record gives them.

/** The record's case numbers that belong to this court (a national referral also lists its CJEU case number). */
function ownNumbers(source: Source): string[] {
  const euNumber = /^[CT]-\d+\/\d{2}/;
  return source.identifiers.caseNumbers.filter((n) => (source.jurisdiction === 'EU' ? true : !euNumber.test(n)));
}

function joinAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** German form of decision: "Urt." / "Beschl." as read from the title. */
function germanForm(title: string): string | undefined {
  if (/\bUrteil\b/.test(title)) return 'Urt.';
  if (/beschluss\b/i.test(title)) return 'Beschl.';
  return undefined;
}

/** Italian section, "Sez. Un." or "Sez. VI", as the record names it. */
function italianSection(source: Source): string | undefined {
  if (source.court === 'it-cass-su') return 'Sez. Un.';
  // A record of rulings of several sections names none of them here.
  const sections = [...source.title.matchAll(/\bSez(?:\.|ione)\s+([IVX]+)\b/g)].map((m) => m[1]);
  if (sections.length > 1) return undefined;
  const m = sections[0] ?? /\bSezione\s+([IVX]+)\b/.exec(source.issuer)?.[1];
  return m ? `Sez. ${m}` : undefined;
}

/** The hearing date an Italian record's title names ("udienza 29 febbraio 2024"), as ISO. */
function italianHearing(title: string): Day | undefined {
  const m = /udienza (\d{1,2}) (\p{L}+) (\d{4})/u.exec(title);
  if (!m) return undefined;
  const month = MONTHS.it!.indexOf(m[2]!.toLowerCase());
  return month < 0 ? undefined : { y: Number(m[3]), m: month + 1, d: Number(m[1]) };
}

/**
 * The names of the parties or the case, for European and common-law decisions, read from the title:
 * "Judgment of the Court (Grand Chamber) of 30 April 2024, Criminal proceedings against M.N. (EncroChat), Case C-670/22"
 * → "Criminal proceedings against M.N. (EncroChat)".
 */
export function partiesOf(source: Source): string {
  const t = source.title;
  if (source.jurisdiction === 'EU') {
    const after = /Case [CT]-\d+\/\d+(?: [PR])?(?: \[([^\]]+)\])?(?:, (.+))?$/.exec(t);
    if (after?.[1]) return after[1];
    const before = /^(?:Judgment|Order|Opinion)\b.*? of \d{1,2} \p{L}+ \d{4}, (.+?), Case [CT]-/u.exec(t);
    if (before) return before[1]!;
    if (after?.[2]) return after[2];
    return caseName(source);
  }
  if (source.jurisdiction === 'ECHR') {
    return t.replace(/,\s*(?:applications?|requêtes?) n(?:os?\.?|°)?\s.*$/u, '').trim();
  }
  return caseName(source);
}

/** OSCOLA writes no full stops in "v." and in abbreviations of its own ("the United Kingdom"). */
function oscolaName(name: string): string {
  return name.replace(/\bv\. /g, 'v ');
}

/** Bluebook names keep "v." */
function bluebookName(name: string): string {
  return name.replace(/\bv (?=\p{Lu}|the\b)/gu, 'v. ');
}

// ---------------------------------------------------------------------------------------------
// The home form of a national decision, e.g. "BGH, Beschl. v. 2.3.2022 – 5 StR 457/21".

interface HomeCitation {
  text: string;
  /** Pinpoint words of that jurisdiction ("Rn." for Germany). */
  pinWords: PinWords;
  /** Separator before a pinpoint (Norwegian "HR-2022-1314-A avsnitt 30" has none). */
  pinSep?: string;
}

function withEcli(text: string, source: Source): string {
  return source.identifiers.ecli ? `${text}, ${source.identifiers.ecli}` : text;
}

/** The citation of a national decision as it is cited in its own jurisdiction; undefined for courts without a rule here. */
export function homeCitation(source: Source, ctx: SourceContext): HomeCitation | undefined {
  const names = courtNames(source);
  const date = day(source.date);
  const numbers = ownNumbers(source);
  const ecli = source.identifiers.ecli;
  switch (source.jurisdiction) {
    case 'DE': {
      if (!names) return undefined;
      const form = germanForm(source.title);
      const head = `${names.home}, ${form ? `${form} v. ` : ''}${numericDate(date)}`;
      return { text: withEcli(numbers.length ? `${head} – ${numbers.join(', ')}` : head, source), pinWords: { paragraph: 'Rn.' } };
    }
    case 'AT': {
      if (!names) return undefined;
      return { text: withEcli(`${names.home} ${numericDate(date)}${numbers.length ? `, ${numbers.join(', ')}` : ''}`, source), pinWords: { paragraph: 'Rz' } };
    }
    case 'CH': {
      if (!names) return undefined;
      const form = /\bUrteil\b/.test(source.title) ? 'Urteil' : /\bBeschluss\b/.test(source.title) ? 'Beschluss' : 'Entscheid';
      const when = `vom ${longDate(date, 'de', true)}`;
      const text = source.court === 'ch-bger' ? `${form} ${numbers.join(', ')} ${when}`.replace(/\s+/g, ' ') : `${names.home}, ${form}${numbers.length ? ` ${numbers.join(', ')}` : ''} ${when}`;
      return { text: withEcli(text, source), pinWords: { paragraph: 'E.', section: 'E.' } };
    }
    case 'FR': {
      if (!names) return undefined;
      if (source.court === 'fr-conseil-constitutionnel') {
        const parties = /\d{4}, (M(?:me)?\. .+)$/u.exec(source.title)?.[1];
        const text = `${names.home}, déc. n° ${numbers.join(', ')} du ${longDate(date, 'fr')}${parties ? `, ${parties}` : ''}`;
        return { text: withEcli(text, source), pinWords: { paragraph: 'cons.' } };
      }
      const text = `${names.home}, ${frenchShortDate(date)}${numbers.length ? `, n° ${joinAnd(numbers, 'et')}` : ''}`;
      return { text: withEcli(text, source), pinWords: { paragraph: '§' } };
    }
    case 'BE': {
      if (!names) return undefined;
      const lang = source.language === 'fr' ? 'fr' : 'nl';
      const nr = numbers.length ? `, ${lang === 'fr' ? 'n°' : 'nr.'} ${numbers.join(', ')}` : '';
      return { text: withEcli(`${names.home} ${longDate(date, lang)}${nr}`, source), pinWords: {} };
    }
    case 'NL': {
      if (!names) return undefined;
      const report = source.identifiers.other.filter((o) => /^NJ \d{4}\/\d+$/.test(o));
      const id = ecli ?? numbers.join(', ');
      return { text: [`${names.home} ${longDate(date, 'nl')}`, id, ...report].filter(Boolean).join(', '), pinWords: { paragraph: 'r.o.' } };
    }
    case 'IT': {
      if (!names) return undefined;
      const section = italianSection(source);
      const hearing = italianHearing(source.title);
      const sameDay = hearing && hearing.y === date.y && hearing.m === date.m && hearing.d === date.d;
      // Italian practice dates a ruling by its hearing, the filing (deposito) in brackets:
      // "Cass. pen., sez. VI, ud. 15 gennaio 2024 (dep. 18 gennaio 2024), n. 2329" (CITATIONS.md §8).
      const when = hearing && !sameDay ? `ud. ${longDate(hearing, 'it')} (dep. ${longDate(date, 'it')})` : hearing ? `ud. ${longDate(date, 'it')}` : longDate(date, 'it');
      const nums = numbers.map((n) => (/^\d[\d/]*$/.test(n) ? `n. ${n}` : n));
      return { text: withEcli([names.home, section, when, ...nums].filter(Boolean).join(', '), source), pinWords: { paragraph: 'par.' } };
    }
    case 'ES': {
      if (!names) return undefined;
      const sts = numbers.find((n) => /^STS /.test(n));
      const appeal = numbers.find((n) => /^recurso /.test(n))?.replace(/^recurso /, 'rec. ');
      const rest = numbers.filter((n) => n !== sts && !/^recurso /.test(n));
      const when = date.d ? `de ${date.d} de ${MONTHS.es![date.m! - 1]}` : longDate(date, 'es');
      const head = sts ? `${sts}, ${when}` : `${names.home}, ${longDate(date, 'es')}${rest.length ? `, ${rest.join(', ')}` : ''}`;
      return { text: withEcli(`${head}${appeal ? ` (${appeal})` : ''}`, source), pinWords: { paragraph: 'FJ' } };
    }
    case 'NO': {
      const hr = numbers.find((n) => /^HR-\d{4}-\d+-[AUS]$/.test(n));
      if (hr) return { text: withEcli(hr, source), pinWords: { paragraph: 'avsnitt' }, pinSep: ' ' };
      if (!names) return undefined;
      const form = /\bkjennelse\b/.test(source.title) ? 'kjennelse' : /\bdom\b/.test(source.title) ? 'dom' : 'avgjørelse';
      return { text: withEcli(`${names.home}s ${form} ${date.d ? longDate(date, 'da', true) : longDate(date, 'da')}`, source), pinWords: { paragraph: 'avsnitt' }, pinSep: ' ' };
    }
    case 'DK': {
      if (!names) return undefined;
      const form = /\bkendelser\b/.test(source.title) ? 'kendelser' : /\bkendelse\b/.test(source.title) ? 'kendelse' : /\bdomme\b/.test(source.title) ? 'domme' : 'dom';
      const report = source.identifiers.other.filter((o) => /^(?:UfR|U) \d{4}\.\d+/.test(o));
      const sag = numbers.length ? ` i sag${numbers.length > 1 ? 'erne' : ''} ${joinAnd(numbers, 'og')}` : '';
      return { text: withEcli([`${names.home}s ${form} af ${longDate(date, 'da', true)}${sag}`, ...report].join(', '), source), pinWords: {} };
    }
    case 'SE': {
      if (!names) return undefined;
      const form = /\bbeslut\b/.test(source.title) ? 'beslut' : 'dom';
      const mal = numbers.length ? ` i mål ${joinAnd(numbers, 'och')}` : '';
      return { text: withEcli(`${names.home}s ${form} den ${longDate(date, 'sv')}${mal}`, source), pinWords: { paragraph: 'p.' } };
    }
    case 'FI': {
      // A precedent number ("KKO:2023:14", "HelHO:2024:3") is the whole citation; the ECLI repeats it.
      const precedent = numbers.find((n) => /^\p{L}+:\d{4}:\d+$/u.test(n));
      if (precedent) return { text: precedent, pinWords: { paragraph: 'kohta' } };
      if (!names) return undefined;
      return { text: withEcli(`${names.home} ${numericDate(date)}${numbers.length ? `, ${numbers.join(', ')}` : ''}`, source), pinWords: { paragraph: 'kohta' } };
    }
    default: {
      // A court without a rule here: its name as the data gives it, the date, the numbers, the ECLI.
      const court = courtOf(source, ctx)?.name ?? source.issuer;
      return { text: withEcli([court, longDate(date, 'en'), ...numbers].join(', '), source), pinWords: {} };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The three styles.

function endWithStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** "App no 47940/99" / "App nos 58170/13, 62322/14 and 24960/15" (OSCOLA); Bluebook "App. Nos. … & …". */
function applications(numbers: readonly string[], bluebook: boolean): string {
  if (bluebook) return `App. No${numbers.length > 1 ? 's' : ''}. ${joinAnd(numbers, '&')}`;
  return `App no${numbers.length > 1 ? 's' : ''} ${joinAnd(numbers, 'and')}`;
}

function euCourt(source: Source): { oscola: string; bluebook: string } {
  if (source.court === 'eu-general-court') return { oscola: 'General Court', bluebook: 'Gen. Ct.' };
  return { oscola: 'CJEU', bluebook: 'CJEU' };
}

/** The number a CJEU case is cited by, "C-670/22" (the first of the record's numbers). */
function euCaseNumber(source: Source): string | undefined {
  return source.identifiers.caseNumbers.find((n) => /^[CT]-\d+\/\d+/.test(n));
}

/** An Advocate General's name as the title gives it ("Opinion of Advocate General Ćapeta …"). */
function advocateGeneral(source: Source): string | undefined {
  return /Advocate General (\p{Lu}[\p{L}-]+)/u.exec(source.title)?.[1];
}

/** The court's abbreviation in a medium-neutral citation ("EWCA Crim"), for the Bluebook parenthetical choice. */
function neutralCourt(neutral: string): string {
  return /^\[\d{4}\]\s+(.+?)\s+\d+/.exec(neutral)?.[1] ?? '';
}

export interface CaseFormatOptions {
  style: CitationStyleId;
  pinpoint?: Pinpoint;
}

/**
 * A court decision in one style, or undefined for a decision this module has no rule for (then
 * citeproc formats it). Pure: the same record, pinpoint and style always give the same text.
 */
export function formatCase(source: Source, ctx: SourceContext, { style, pinpoint }: CaseFormatOptions): string | undefined {
  if (!isCase(source)) return undefined;
  const ids = source.identifiers;
  const date = day(source.date);
  const bluebook = style !== 'oscola';
  const url = style === 'apa' ? ` ${source.url}` : '';
  const bbPin = style === 'chicago' ? pin(pinpoint, {}, BLUEBOOK_PIN) : '';

  // European Union courts.
  if (source.jurisdiction === 'EU') {
    const number = euCaseNumber(source);
    if (!number) return undefined;
    const parties = partiesOf(source);
    const court = euCourt(source);
    const ag = source.type === 'opinion' ? advocateGeneral(source) : undefined;
    if (!bluebook) {
      const opinion = ag ? `, Opinion of AG ${ag}` : '';
      // OSCOLA FAQ: the ECLI without its "ECLI:" prefix; unreported and without ECLI: court and date.
      const where = ids.ecli ? ` ${ids.ecli.replace(/^ECLI:/, '')}` : ` (${court.oscola}, ${longDate(date, 'en')})`;
      return endWithStop(`Case ${number} ${oscolaName(parties)}${opinion}${where}${pin(pinpoint, {}, OSCOLA_PIN)}`);
    }
    const opinion = ag ? `, Opinion of Advocate General ${ag}` : '';
    const parts = [`Case ${number}`, `${bluebookName(parties)}${opinion}`, ids.ecli].filter(Boolean).join(', ');
    const court2 = source.court === 'eu-general-court' ? `${court.bluebook} ` : '';
    return endWithStop(`${parts}${bbPin} (${court2}${bluebookDate(date)})`) + url;
  }

  // European Court of Human Rights.
  if (source.jurisdiction === 'ECHR') {
    const numbers = ids.caseNumbers;
    // A decision (on admissibility) says so in words: the "(dec.)" marker is not used here.
    const name = partiesOf(source).replace(/\s*\((?:in)?admissibility decision\)/, '');
    const decision = source.type === 'decision';
    if (!numbers.length) return undefined;
    if (!bluebook) return endWithStop(`${oscolaName(name)} ${applications(numbers, false)} (ECtHR, ${decision ? 'decision of ' : ''}${longDate(date, 'en')})${pin(pinpoint, {}, OSCOLA_PIN)}`);
    return endWithStop(`${bluebookName(name)}, ${applications(numbers, true)}${bbPin} (Eur. Ct. H.R. ${bluebookDate(date)})${decision ? ' (decision)' : ''}`) + url;
  }

  // Medium-neutral citations (England and Wales, the IPT, Australia): OSCOLA 2.1.3 / AGLC 2.3, the
  // division in brackets kept ("[2020] EWHC 2967 (Admin)", which citeproc's OSCOLA drops), paragraph
  // pinpoints in square brackets.
  if (ids.neutralCitation) {
    if (!bluebook) {
      const pinText = pinpoint ? (pinpoint.kind === 'paragraph' ? ` [${pinpoint.value}]` : pin(pinpoint, {}, OSCOLA_PIN)) : '';
      return endWithStop(`${oscolaName(caseName(source))} ${ids.neutralCitation}${pinText}`);
    }
    const court = neutralCourt(ids.neutralCitation);
    const country = source.jurisdiction === 'GB' ? (court.startsWith('UK') ? 'U.K.' : 'Eng.') : (COUNTRY[source.jurisdiction] ?? source.jurisdiction);
    return endWithStop(`${bluebookName(caseName(source))}, ${ids.neutralCitation}${bbPin} (${country})`) + url;
  }

  // Canada without a neutral citation: McGill's form for an unreported decision.
  if (source.jurisdiction === 'CA') {
    const names = courtNames(source);
    const name = caseName(source).replace(new RegExp(`,\\s*${names?.original ?? '\\u0000'}$`), '');
    const numbers = ids.caseNumbers;
    if (!bluebook) return endWithStop(`${name} (${longDate(date, 'en')}), ${numbers.join(', ')} (${names?.home ?? source.issuer})${pin(pinpoint, {}, OSCOLA_PIN)}`);
    return endWithStop(`${name}, Court File No. ${numbers.join(', ')}${bbPin} (Can. Ont. Super. Ct. J. ${bluebookDate(date)})`) + url;
  }

  // United States: Bluebook rule 10, which OSCOLA reproduces without full stops.
  if (source.jurisdiction === 'US') return formatUsCase(source, style, pinpoint);

  const home = homeCitation(source, ctx);
  if (!home) return undefined;
  if (!bluebook) return endWithStop(`${home.text}${pin(pinpoint, home.pinWords, OSCOLA_PIN, home.pinSep)}`);
  const court0 = courtOf(source, ctx)?.name ?? source.issuer;
  const names = courtNames(source) ?? { home: court0, original: court0, english: court0 };
  const numbers = ownNumbers(source);
  const abbr = names.bluebookAbbr ?? names.home;
  const court = (names.original === abbr ? (names.english === names.original ? names.original : `${names.original} [${names.english}]`) : `${names.original} [${abbr}] [${names.english}]`) + (names.chamber ? ` ${names.chamber},` : '');
  const docket = [...numbers, ...(ids.ecli ? [ids.ecli] : [])].join(', ');
  return endWithStop(`${court} ${bluebookDate(date)}${docket ? `, ${docket}` : ''}${bbPin} (${COUNTRY[source.jurisdiction] ?? source.jurisdiction})`) + url;
}

// ---------------------------------------------------------------------------------------------
// United States (Bluebook rule 10 and table T1/T10 court abbreviations).

const STATES: Record<string, string> = {
  Alabama: 'Ala.', Alaska: 'Alaska', Arizona: 'Ariz.', Arkansas: 'Ark.', California: 'Cal.', Colorado: 'Colo.', Connecticut: 'Conn.', Delaware: 'Del.',
  'District of Columbia': 'D.C.', Florida: 'Fla.', Georgia: 'Ga.', Hawaii: 'Haw.', Idaho: 'Idaho', Illinois: 'Ill.', Indiana: 'Ind.', Iowa: 'Iowa',
  Kansas: 'Kan.', Kentucky: 'Ky.', Louisiana: 'La.', Maine: 'Me.', Maryland: 'Md.', Massachusetts: 'Mass.', Michigan: 'Mich.', Minnesota: 'Minn.',
  Mississippi: 'Miss.', Missouri: 'Mo.', Montana: 'Mont.', Nebraska: 'Neb.', Nevada: 'Nev.', 'New Hampshire': 'N.H.', 'New Jersey': 'N.J.',
  'New Mexico': 'N.M.', 'New York': 'N.Y.', 'North Carolina': 'N.C.', 'North Dakota': 'N.D.', Ohio: 'Ohio', Oklahoma: 'Okla.', Oregon: 'Or.',
  Pennsylvania: 'Pa.', 'Rhode Island': 'R.I.', 'South Carolina': 'S.C.', 'South Dakota': 'S.D.', Tennessee: 'Tenn.', Texas: 'Tex.', Utah: 'Utah',
  Vermont: 'Vt.', Virginia: 'Va.', Washington: 'Wash.', 'West Virginia': 'W. Va.', Wisconsin: 'Wis.', Wyoming: 'Wyo.',
};
const CIRCUITS = ['1st', '2d', '3d', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];

/** "D. Mass.", "S.D. Cal.", "9th Cir."; empty for the Supreme Court, which the Bluebook leaves out. */
function usCourt(source: Source): string | undefined {
  if (source.court === 'us-scotus') return '';
  if (source.court === 'us-ca9') return '9th Cir.';
  const circuit = /Court of Appeals for the (\w+) Circuit/.exec(source.issuer);
  if (circuit) {
    const n = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh'].indexOf(circuit[1]!);
    return n >= 0 ? `${CIRCUITS[n]} Cir.` : undefined;
  }
  const district = /(?:(Northern|Southern|Eastern|Western|Central|Middle) )?District of ([A-Z][\w ]+?)(?:\s*\(|,|$)/.exec(source.issuer);
  if (district) {
    const state = STATES[district[2]!.trim()];
    if (!state) return undefined;
    return `${district[1] ? `${district[1][0]}.` : ''}D. ${state}`;
  }
  return undefined;
}

function formatUsCase(source: Source, style: CitationStyleId, pinpoint?: Pinpoint): string | undefined {
  const court = usCourt(source);
  if (court === undefined) return undefined;
  const date = day(source.date);
  const reporter = source.identifiers.other.find((o) => /^\d+ [A-Z][\w. ]* \d+$/.test(o));
  const name = caseName(source);
  const oscola = style === 'oscola';
  const strip = (s: string) => (oscola ? s.replace(/\./g, '') : s);
  const pinText = pinpoint ? (pinpoint.kind === 'page' ? `, ${pinpoint.value}` : oscola ? ` [${pinpoint.value}]` : `, ¶ ${pinpoint.value}`) : '';
  const when = reporter ? String(date.y) : bluebookDate(date);
  const paren = `(${[court && strip(court), oscola && !reporter ? longDate(date, 'en') : oscola ? String(date.y) : when].filter(Boolean).join(' ')})`;
  const cite = reporter ?? (source.identifiers.caseNumbers[0] ? `No. ${source.identifiers.caseNumbers[0]}` : undefined);
  if (!cite) return undefined;
  const namePart = oscola ? oscolaName(name) : bluebookName(name);
  const body = oscola ? `${namePart} ${strip(cite)}${style === 'oscola' ? pinText : ''} ${paren}` : `${namePart}, ${cite}${style === 'chicago' ? pinText : ''} ${paren}`;
  return endWithStop(body) + (style === 'apa' ? ` ${source.url}` : '');
}

// ---------------------------------------------------------------------------------------------
// Legislation.

/** "OJ L 130, 1.5.2014, p. 1-36" → { series: 'L', issue: '130', year: 2014, page: '1' }. */
export function parseOjReference(text: string): { series: string; issue: string; year: number; page: string } | undefined {
  const m = /^OJ ([LC]) (\d+), \d{1,2}\.\d{1,2}\.(\d{4}), p\. (\d+)/.exec(text);
  return m ? { series: m[1]!, issue: m[2]!, year: Number(m[3]), page: m[4]! } : undefined;
}

/**
 * EU and Australian legislation: OSCOLA "Directive 2014/41/EU … [2014] OJ L130/1" (OSCOLA 2.5.1),
 * an Australian Act as AGLC writes it, "Name Act 2024 (Cth)"; the Bluebook "…, 2014 O.J. (L 130) 1"
 * and "Name Act 2024 (Cth) (Austl.)". Undefined for other legislation (citeproc's form).
 */
export function formatLegislation(source: Source, { style }: CaseFormatOptions): string | undefined {
  if (source.type !== 'legislation') return undefined;
  const url = style === 'apa' ? ` ${source.url}` : '';
  if (source.jurisdiction === 'EU') {
    const oj = source.identifiers.other.map(parseOjReference).find(Boolean);
    if (!oj) return undefined;
    // The instrument's own title (ownTitle) where the record's label adds to it.
    const title = citedTitle(source);
    if (style === 'oscola') return `${title} [${oj.year}] OJ ${oj.series}${oj.issue}/${oj.page}.`;
    return `${title}, ${oj.year} O.J. (${oj.series} ${oj.issue}) ${oj.page}.${url}`;
  }
  if (source.jurisdiction === 'AU') {
    const act = /^(.+? Act \d{4} \((?:Cth|NSW|Vic|Qld|SA|WA|Tas|ACT|NT)\))/.exec(source.title)?.[1];
    if (!act) return undefined;
    return style === 'oscola' ? `${act}.` : `${act} (Austl.).${url}`;
  }
  return undefined;
}
