/**
 * RIS export of the bibliography (EndNote, Zotero, Mendeley, Citavi), written line by line so that
 * every line is one tag: `XX  - value`, never wrapped, whatever its length.
 *
 * Court decisions are `TY  - CASE` with the court in `PB`, the case (docket) numbers in `SV` (the
 * tag EndNote writes and Zotero reads as the docket number) and the ECLI in `AN`; every identifier
 * is also an `N1` note of its own ("ECLI: …", "Case number: …"), so a reader that maps neither tag
 * still keeps it. Dates are `DA  - YYYY/MM/DD/` (partial dates leave the unknown parts empty) with
 * `PY` the year; `ID` is the full source id. Tags and types follow the RIS specification
 * (refdb manual, RIS format) and Zotero's RIS translator.
 */
import type { Source, SourceType } from '@/lib/model/schema';
import { citedTitle, courtName, issuingBody, journalParts, type SourceContext } from '@/lib/cite/csl-item';

const RIS_TYPES: Record<SourceType, string> = {
  judgment: 'CASE',
  decision: 'CASE',
  opinion: 'CASE',
  legislation: 'STAT',
  'press-release': 'RPRT',
  report: 'RPRT',
  article: 'JOUR',
  news: 'NEWS',
};

/** One line per value: line breaks and runs of white space inside a value become one space. */
function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** "2022-03-02" → "2022/03/02/", "2024-12" → "2024/12//", "2025" → "2025///". */
export function risDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}/${m ?? ''}/${d ?? ''}/`;
}

/** The neutral citation where a decision has one (how it is cited), otherwise its case numbers as one value ("; " between). */
export function caseNumberField(source: Source): string | undefined {
  const ids = source.identifiers;
  return ids.neutralCitation ?? (ids.caseNumbers.length ? ids.caseNumbers.join('; ') : undefined);
}

/** Every identifier of a source as a labelled note, one each. */
export function identifierNotes(source: Source): string[] {
  const ids = source.identifiers;
  return [
    ids.ecli && `ECLI: ${ids.ecli}`,
    ids.neutralCitation && `Neutral citation: ${ids.neutralCitation}`,
    ids.celex && `CELEX: ${ids.celex}`,
    ...ids.caseNumbers.map((n) => `Case number: ${n}`),
    ...ids.other.map((o) => `Identifier: ${o}`),
  ].filter((x): x is string => Boolean(x));
}

/**
 * The title an exported record carries: a decision's as recorded; otherwise the document's own
 * title (`ownTitle`), or, where that was not seen, the editors' description in square brackets
 * ("[Europol statement on …]"), as the citations print it; biblatex and CSL-JSON carry the same.
 */
export function exportTitle(source: Source): string {
  return source.type === 'judgment' || source.type === 'decision' || source.type === 'opinion' ? source.title : citedTitle(source);
}

export function risRecord(source: Source, ctx: SourceContext): string[] {
  const type = RIS_TYPES[source.type];
  const lines: Array<[string, string | undefined]> = [['TY', type], ['ID', source.id], ['TI', exportTitle(source)]];
  for (const a of source.authors) lines.push(['AU', 'literal' in a ? a.literal : `${a.family}, ${a.given}`]);
  if (type === 'CASE') {
    lines.push(['PB', courtName(source, ctx)]);
    const docket = caseNumberField(source);
    if (docket) lines.push(['SV', docket]);
    if (source.identifiers.ecli) lines.push(['AN', source.identifiers.ecli]);
  } else if (type === 'JOUR' || type === 'NEWS') {
    const container = source.container ?? source.issuer;
    const journal = type === 'JOUR' ? journalParts(container) : undefined;
    lines.push(['T2', journal?.journal ?? container]);
    if (journal) {
      const [sp, ep] = (journal.page ?? '').split(/[-–]/);
      lines.push(['VL', journal.volume], ['IS', journal.issue], ['SP', sp || undefined], ['EP', ep]);
    }
  } else if (type === 'RPRT') {
    if (!source.authors.length) lines.push(['AU', issuingBody(source)]);
    lines.push(['PB', source.issuer]);
    if (source.type === 'press-release') lines.push(['M3', 'Press release']);
  } else if (type === 'STAT') {
    lines.push(['PB', source.issuer]);
  }
  lines.push(['DA', risDate(source.date)], ['PY', source.date.slice(0, 4)], ['LA', source.language], ['UR', source.url]);
  for (const note of identifierNotes(source)) lines.push(['N1', note]);
  lines.push(['ER', '']);
  return lines.filter(([, v]) => v !== undefined).map(([tag, v]) => (tag === 'ER' ? 'ER  - ' : `${tag}  - ${clean(v!)}`));
}

export function toRis(sources: readonly Source[], ctx: SourceContext): string {
  if (sources.length === 0) return '';
  return sources.map((s) => risRecord(s, ctx).join('\n')).join('\n\n') + '\n';
}
