/**
 * Official places to read a source: the ECLI resolver of the European e-Justice portal, EUR-Lex
 * for documents with a CELEX number, the court's own site, and the URLs the record gives.
 */
import type { Actor, Source } from '@/lib/model/schema';

export interface OfficialLink {
  /** What the reader gets there, e.g. "ECLI resolver (European e-Justice Portal)". */
  label: string;
  url: string;
  kind: 'ecli' | 'eur-lex' | 'source' | 'court' | 'additional';
}

export function ecliResolverUrl(ecli: string): string {
  return `https://e-justice.europa.eu/ecli/${encodeURIComponent(ecli).replace(/%3A/gi, ':')}`;
}

export function eurLexUrl(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;
}

/** courtActor: the court actor whose `court` is the source's court, for the court's own site. */
export function officialLinks(source: Source, courtActor?: Actor): OfficialLink[] {
  const links: OfficialLink[] = [{ label: 'The source as published', url: source.url, kind: 'source' }];
  if (source.identifiers.ecli) links.push({ label: 'ECLI resolver (European e-Justice Portal)', url: ecliResolverUrl(source.identifiers.ecli), kind: 'ecli' });
  if (source.identifiers.celex) links.push({ label: 'EUR-Lex', url: eurLexUrl(source.identifiers.celex), kind: 'eur-lex' });
  if (courtActor?.url) links.push({ label: `${courtActor.name}: the court's site`, url: courtActor.url, kind: 'court' });
  for (const a of source.additionalUrls) links.push({ label: a.label, url: a.url, kind: 'additional' });
  const seen = new Set<string>();
  return links.filter((l) => (seen.has(l.url) ? false : (seen.add(l.url), true)));
}
