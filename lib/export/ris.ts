/** RIS export of the bibliography (EndNote, Zotero, Mendeley), written by citation-js from CSL-JSON. */
import type { Source } from '@/lib/model/schema';
import type { SourceContext } from '@/lib/cite/csl-item';
import { citationJs } from '@/lib/cite/engine';
import { toCslItems } from './csl-json';
import { withIdentifiersInNote } from './lossy';

export function toRis(sources: readonly Source[], ctx: SourceContext): string {
  if (sources.length === 0) return '';
  const Cite = citationJs();
  return new Cite(toCslItems(sources, ctx).map(withIdentifiersInNote)).format('ris', { format: 'text' }).trim() + '\n';
}
