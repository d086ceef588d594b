/**
 * Formatted references in OSCOLA, APA and Chicago (full note), made by citeproc through
 * citation-js from CSL-JSON: no hand-written templates, so the styles' rules apply as published.
 */
import type { Pinpoint } from '@/lib/model/schema';
import { isDescription, type CitationStyleId, type CslItem } from './csl-item';
import { citationJs, type StyleName } from './engine';

export interface CitationStyle {
  id: CitationStyleId;
  label: string;
  csl: StyleName;
  /** The CSL locale the style is written for. */
  lang: 'en-GB' | 'en-US';
  /** Note styles give a footnote form; author-date styles a reference-list entry. */
  form: 'note' | 'bibliography';
}

export const CITATION_STYLES: readonly CitationStyle[] = [
  { id: 'oscola', label: 'OSCOLA', csl: 'oscola', lang: 'en-GB', form: 'note' },
  { id: 'apa', label: 'APA (7th ed.)', csl: 'apa', lang: 'en-US', form: 'bibliography' },
  { id: 'chicago', label: 'Chicago (notes and bibliography)', csl: 'chicago-fullnote-bibliography', lang: 'en-US', form: 'note' },
];

/** CSL locator labels for the model's pinpoint kinds. */
const LOCATOR_LABELS: Record<Pinpoint['kind'], string> = {
  paragraph: 'paragraph',
  page: 'page',
  section: 'section',
  article: 'article',
  point: 'point',
  recital: 'paragraph',
};

export function formatReference(item: CslItem, style: CitationStyle, pinpoint?: Pinpoint): string {
  return renderCsl(item, style, style.form === 'note' ? 'citation' : 'bibliography', pinpoint);
}

/**
 * citeproc's text for an item, as a note (`citation`) or a reference-list entry (`bibliography`),
 * with the identifiers put back as recorded and a descriptive title left as a description.
 */
export function renderCsl(item: CslItem, style: CitationStyle, form: 'citation' | 'bibliography', pinpoint?: Pinpoint): string {
  const Cite = citationJs();
  const cite = new Cite(protectDescription(item));
  const options = { template: style.csl, lang: style.lang, format: 'text' as const };
  const text =
    form === 'citation'
      ? cite.format('citation', { ...options, entry: [pinpoint ? { id: item.id, locator: pinpoint.value, label: LOCATOR_LABELS[pinpoint.kind] } : { id: item.id }] })
      : cite.format('bibliography', options);
  return unquoteDescription(restoreIdentifiers(text.replace(/\s+/g, ' ').trim(), item), item);
}

/**
 * A description in place of a title ("[Europol statement on …]", lib/cite/csl-item.ts citedTitle)
 * is printed as the styles print an untitled work's description: APA 7 puts it in square brackets
 * where the title goes, not italicised; Chicago sets a descriptive title in neither quotation marks
 * nor italics; OSCOLA has no rule of its own and follows the same convention. CSL cannot say that
 * a title is a description, so citeproc is kept from re-casing it (Chicago's headline case) and the
 * quotation marks it adds around exactly that bracketed title are taken away afterwards.
 */
function protectDescription(item: CslItem): CslItem {
  return isDescription(item.title) ? { ...item, title: `<span class="nocase">${item.title}</span>` } : item;
}

/** Removes the quotation marks a style put around a bracketed description: ‘[…]’, “[…],” or “[…].” → […], […]. */
export function unquoteDescription(text: string, item: CslItem): string {
  if (!isDescription(item.title)) return text;
  const title = item.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`[‘“"']${title}([,.;:]?)[’”"']`, 'g'), (_m, punct: string) => `${item.title}${punct}`);
}

/**
 * OSCOLA's style strips full stops from the report (container) title, meant for "Q.B." → "QB";
 * an ECLI there loses the stops that are part of it. Identifiers are put back exactly as recorded.
 */
export function restoreIdentifiers(text: string, item: CslItem): string {
  const identifiers = [item['container-title'], item.number, ...(item.note ?? '').split('; ')].filter((x): x is string => Boolean(x) && x!.includes('.'));
  let out = text;
  for (const id of identifiers) {
    const stripped = id.replace(/\./g, '');
    if (!out.includes(id) && out.includes(stripped)) out = out.split(stripped).join(id);
  }
  return out;
}

export interface FormattedReference {
  style: CitationStyle['id'];
  label: string;
  text: string;
}

/** The same item in every style; `itemFor` lets a style receive its own variant of the item. */
export function formatAllStyles(itemFor: (style: CitationStyle) => CslItem, pinpoint?: Pinpoint): FormattedReference[] {
  return CITATION_STYLES.map((style) => ({ style: style.id, label: style.label, text: formatReference(itemFor(style), style, pinpoint) }));
}
