/** CSL-JSON export of the bibliography: the lossless form, readable by Zotero, Pandoc and citeproc. */
import type { Source } from '@/lib/model/schema';
import { sourceToCsl, type CslItem, type SourceContext } from '@/lib/cite/csl-item';

/** Decisions are `legal_case` with `authority` (court), `number` and `jurisdiction`; every identifier is in `note`. */
export function toCslItems(sources: readonly Source[], ctx: SourceContext): CslItem[] {
  return sources.map((s) => sourceToCsl(s, ctx, 'apa'));
}

export function toCslJson(sources: readonly Source[], ctx: SourceContext): string {
  return JSON.stringify(toCslItems(sources, ctx), null, 2) + '\n';
}
