/**
 * The brief's references: a footnote for a source (with its pinpoint) or a map node, and a
 * bibliography entry, each in the brief's style. Note styles (OSCOLA, Chicago) give their note
 * form; an author-date style (APA) gives its reference-list entry, to which the pinpoint is added
 * in the style's own words.
 */
import type { DebateNode, Pinpoint, Source } from '@/lib/model/schema';
import { formatPinpoint } from '@/lib/model/labels';
import { nodeToCsl, sourceToCsl, type NodeCitationContext, type SourceContext } from '@/lib/cite/csl-item';
import { formatReference, renderCsl, type CitationStyle } from '@/lib/cite/format';
import { formatSource } from '@/lib/cite/cite';
import { formatCase, formatLegislation } from '@/lib/cite/legal';

export function formatSourceNote(source: Source, ctx: SourceContext, style: CitationStyle, pinpoint?: Pinpoint): string {
  // The site's one formatter: decisions as their jurisdiction cites them (lib/cite/legal.ts), the rest through CSL.
  const text = formatSource(source, ctx, style.id, style.form === 'note' ? pinpoint : undefined);
  return style.form === 'note' || !pinpoint ? text : `${text.replace(/\.$/, '')}, ${formatPinpoint(pinpoint)}.`;
}

export function formatNodeNote(node: DebateNode, ctx: NodeCitationContext, style: CitationStyle): string {
  return formatReference(nodeToCsl(node, ctx, style.id), style);
}

/** The source as its style's bibliography (reference list) prints it. */
export function formatBibliographyEntry(source: Source, ctx: SourceContext, style: CitationStyle): string {
  const legal = formatCase(source, ctx, { style: style.id }) ?? formatLegislation(source, { style: style.id });
  if (legal) return legal;
  return renderCsl(sourceToCsl(source, ctx, style.id), style, 'bibliography');
}
