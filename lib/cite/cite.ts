/** "Cite this": a node of the map or a source, formatted in every supported style. */
import type { DebateNode, Pinpoint, Source } from '@/lib/model/schema';
import { nodeToCsl, sourceToCsl, type NodeCitationContext, type SourceContext } from './csl-item';
import { formatAllStyles, type FormattedReference } from './format';

export function citeNode(node: DebateNode, ctx: NodeCitationContext): FormattedReference[] {
  return formatAllStyles((style) => nodeToCsl(node, ctx, style.id));
}

export function citeSource(source: Source, ctx: SourceContext, pinpoint?: Pinpoint): FormattedReference[] {
  return formatAllStyles((style) => sourceToCsl(source, ctx, style.id), pinpoint);
}
