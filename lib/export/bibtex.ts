/**
 * The bibliography as biblatex (read by biber, JabRef, Zotero's BibLaTeX import and citation-js):
 * biblatex has an entry type for court decisions, `@jurisdiction`, and one for legislation,
 * `@legislation`; classic BibTeX has neither, and would put the court and the case number in a
 * note. See docs/cite-and-export.md for the mapping.
 *
 * - court decisions: `@jurisdiction`, the court in `institution`, the case numbers in `number`
 *   (as Zotero's BibLaTeX export writes a case), the ECLI in `ecli`;
 * - every identifier also in `note`, so a reader that ignores those fields still shows them;
 * - dates as biblatex's ISO `date` (`2022-03-02`, `2024-12`, `2025`), no `month` to misread;
 * - titles as written: in English titles every capitalised word but a plain first one (Germany,
 *   EncroChat, CJEU) is protected by braces so a style that changes case keeps it, and titles of
 *   decisions, legislation and non-English works are protected whole (their capitals are grammar,
 *   not style);
 * - LaTeX's special characters escaped; `url` is verbatim in biblatex and written as is;
 * - `langid` as babel names (`german`); UTF-8 throughout (biber reads it); keys are the source ids.
 */
import type { Source, SourceType } from '@/lib/model/schema';
import { courtName, isDescription, issuingBody, journalParts, type SourceContext } from '@/lib/cite/csl-item';
import { caseNumberField, exportTitle, identifierNotes } from './ris';

const ENTRY_TYPES: Record<SourceType, string> = {
  judgment: 'jurisdiction',
  decision: 'jurisdiction',
  opinion: 'jurisdiction',
  legislation: 'legislation',
  'press-release': 'report',
  report: 'report',
  article: 'article',
  news: 'article',
};

/** biblatex's `langid` takes babel/polyglossia language names, not ISO codes; others are left out. */
const LANGIDS: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  nl: 'dutch',
  it: 'italian',
  es: 'spanish',
  da: 'danish',
  sv: 'swedish',
  no: 'norsk',
  nb: 'norsk',
  fi: 'finnish',
  pt: 'portuguese',
  sr: 'serbian',
};

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** LaTeX's special characters escaped; white space runs become one space. */
export function escapeLatex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}%&$#_^~]/g, (c) => SPECIALS[c]!);
}

/**
 * A title for a field that styles may change the case of: protected whole for decisions,
 * legislation and non-English titles; in an English title every word with a capital except a
 * plain capitalised first word. A sentence-case style (biblatex-apa) lowercases every unprotected
 * word after the first, and the record cannot tell a proper noun ("Germany", "European Court of
 * Human Rights") from a title-case word, so a capital is kept wherever the record has one.
 */
export function bibtexTitle(title: string, wholeProtected: boolean): string {
  const escaped = escapeLatex(title);
  if (wholeProtected) return `{${escaped}}`;
  let first = true;
  return escaped.replace(/(?<![\\\w])([\p{L}\p{N}][\p{L}\p{N}.'’-]*)/gu, (w) => {
    const isFirst = first;
    first = false;
    if (!/\p{Lu}/u.test(w)) return w;
    return isFirst && /^\p{Lu}[\p{Ll}\p{N}'’-]*$/u.test(w) ? w : `{${w}}`;
  });
}

function name(a: Source['authors'][number]): string {
  return 'literal' in a ? `{${escapeLatex(a.literal)}}` : `${escapeLatex(a.family)}, ${escapeLatex(a.given)}`;
}

export function bibtexEntry(source: Source, ctx: SourceContext): string {
  const type = ENTRY_TYPES[source.type];
  const legal = type === 'jurisdiction' || type === 'legislation';
  const fields: Array<[string, string | undefined]> = [
    // A bracketed description (the document's own title not seen) is protected whole, like a decision's title.
    ['title', bibtexTitle(exportTitle(source), legal || source.language !== 'en' || isDescription(exportTitle(source)))],
    ['author', source.authors.length ? source.authors.map(name).join(' and ') : type === 'report' ? `{${escapeLatex(issuingBody(source))}}` : undefined],
    ['date', source.date],
  ];
  if (type === 'jurisdiction') {
    fields.push(['institution', escapeLatex(courtName(source, ctx))]);
    const docket = caseNumberField(source);
    if (docket) fields.push(['number', escapeLatex(docket)]);
    if (source.identifiers.ecli) fields.push(['ecli', escapeLatex(source.identifiers.ecli)]);
  } else if (type === 'legislation') {
    fields.push(['institution', escapeLatex(source.issuer)]);
  } else if (type === 'report') {
    fields.push(['institution', escapeLatex(source.issuer)]);
    if (source.type === 'press-release') fields.push(['type', 'Press release']);
  } else if (type === 'article') {
    const container = source.container ?? source.issuer;
    const journal = source.type === 'article' ? journalParts(container) : undefined;
    fields.push(['journaltitle', escapeLatex(journal?.journal ?? container)]);
    if (journal) fields.push(['volume', journal.volume], ['number', journal.issue], ['pages', journal.page?.replace(/[-–]/, '--')]);
    if (source.type === 'news') fields.push(['entrysubtype', 'newspaper']);
  }
  const notes = identifierNotes(source);
  if (notes.length) fields.push(['note', escapeLatex(notes.join('; '))]);
  fields.push(['langid', LANGIDS[source.language]], ['url', source.url]);
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${v}},`)
    .join('\n');
  return `@${type}{${source.id},\n${body}\n}`;
}

export function toBibtex(sources: readonly Source[], ctx: SourceContext): string {
  if (sources.length === 0) return '';
  return sources.map((s) => bibtexEntry(s, ctx)).join('\n\n') + '\n';
}
