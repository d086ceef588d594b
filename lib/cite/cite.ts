/** "Cite this": a node of the map or a source, formatted in every supported style. */
import type { DebateNode, Pinpoint, Source } from '@/lib/model/schema';
import { nodeToCsl, sourceToCsl, type CitationStyleId, type NodeCitationContext, type SourceContext } from './csl-item';
import { CITATION_STYLES, formatAllStyles, formatReference, type CitationStyle, type FormattedReference } from './format';
import { formatCase, formatLegislation } from './legal';

export function citeNode(node: DebateNode, ctx: NodeCitationContext): FormattedReference[] {
  return formatAllStyles((style) => nodeToCsl(node, ctx, style.id));
}

/** The style with this id; an unknown id is an error that names it and the styles there are. */
export function citationStyle(id: string): CitationStyle {
  const style = CITATION_STYLES.find((s) => s.id === id);
  if (!style) throw new Error(`unknown citation style "${id}"; expected one of ${CITATION_STYLES.map((s) => s.id).join(', ')}`);
  return style;
}

/**
 * One source in one style, with an optional pinpoint: OSCOLA and Chicago give the footnote form,
 * APA the reference-list entry. Court decisions and legislation whose form the CSL styles cannot
 * express come from lib/cite/legal.ts; everything else from citeproc. Pure and reusable (pages,
 * exports, a brief's footnotes).
 */
export function formatSource(source: Source, ctx: SourceContext, styleId: CitationStyleId, pinpoint?: Pinpoint): string {
  const style = citationStyle(styleId);
  const legal = formatCase(source, ctx, { style: style.id, pinpoint }) ?? formatLegislation(source, { style: style.id, pinpoint });
  return legal ?? formatReference(sourceToCsl(source, ctx, style.id), style, pinpoint);
}

export function citeSource(source: Source, ctx: SourceContext, pinpoint?: Pinpoint): FormattedReference[] {
  return CITATION_STYLES.map((style) => ({ style: style.id, label: style.label, text: formatSource(source, ctx, style.id, pinpoint) }));
}
