/**
 * Formatted references in OSCOLA, APA and Chicago (full note), made by citeproc through
 * citation-js from CSL-JSON: no hand-written templates, so the styles' rules apply as published.
 */
import type { Pinpoint } from '@/lib/model/schema';
import type { CitationStyleId, CslItem } from './csl-item';
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
  const Cite = citationJs();
  const cite = new Cite(item);
  const options = { template: style.csl, lang: style.lang, format: 'text' as const };
  const text =
    style.form === 'note'
      ? cite.format('citation', { ...options, entry: [pinpoint ? { id: item.id, locator: pinpoint.value, label: LOCATOR_LABELS[pinpoint.kind] } : { id: item.id }] })
      : cite.format('bibliography', options);
  return restoreIdentifiers(text.replace(/\s+/g, ' ').trim(), item);
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
