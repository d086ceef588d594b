/** BibTeX export of the bibliography, written by citation-js from CSL-JSON; keys are the source ids. */
import type { Source } from '@/lib/model/schema';
import type { SourceContext } from '@/lib/cite/csl-item';
import { citationJs } from '@/lib/cite/engine';
import { toCslItems } from './csl-json';
import { withIdentifiersInNote } from './lossy';

export function toBibtex(sources: readonly Source[], ctx: SourceContext): string {
  if (sources.length === 0) return '';
  const Cite = citationJs();
  return new Cite(toCslItems(sources, ctx).map(withIdentifiersInNote)).format('bibtex', { format: 'text' }).trim() + '\n';
}
