/**
 * Where to read a source, official places first: the court's or legislator's own site or an
 * official portal, then open legal databases, then everything else (commercial databases, law-firm
 * and news pages, blogs, summaries), which is labelled "secondary" wherever it is shown. Also the
 * ECLI resolver of the European e-Justice portal, EUR-Lex for a CELEX number and the court's site.
 *
 * A link's standing is what the data says (`kind` on an additional URL) or, where it says nothing,
 * read from the host against the lists below, which name only sites run by courts, legislators,
 * governments and official portals (OFFICIAL_HOSTS) and free public legal-information institutes
 * (OPEN_HOSTS).
 */
import type { Actor, LinkStanding, Source } from '@/lib/model/schema';

export type { LinkStanding };

export interface OfficialLink {
  /** What the reader gets there, e.g. "ECLI resolver (European e-Justice Portal)". */
  label: string;
  url: string;
  kind: 'ecli' | 'eur-lex' | 'source' | 'court' | 'additional';
  /** Official (court, legislator, official portal), open (free legal-information institute) or secondary. */
  standing: LinkStanding;
}

/** Hosts run by courts, legislators, governments or official portals (and their subdomains). */
export const OFFICIAL_HOSTS = [
  'curia.europa.eu',
  'eur-lex.europa.eu',
  'e-justice.europa.eu',
  'europarl.europa.eu',
  'echr.coe.int',
  'hudoc.echr.coe.int',
  'rechtspraak.nl',
  'hogeraad.nl',
  'bundesgerichtshof.de',
  'rechtsprechung-im-internet.de',
  'bundesverfassungsgericht.de',
  'gesetze-bayern.de',
  'courdecassation.fr',
  'legifrance.gouv.fr',
  'conseil-constitutionnel.fr',
  'caselaw.nationalarchives.gov.uk',
  'investigatorypowerstribunal.org.uk',
  'domstol.dk',
  'domstol.no',
  'lovdata.no',
  'korkeinoikeus.fi',
  'oikeus.fi',
  'finlex.fi',
  'ris.bka.gv.at',
  'bger.ch',
  'poderjudicial.es',
  'italgiure.giustizia.it',
  'cortedicassazione.it',
  'hcourt.gov.au',
  'courts.sa.gov.au',
  'legislation.gov.au',
  'aph.gov.au',
  'domstol.se',
  'const-court.be',
  'juportal.be',
  'politie.nl',
  'europol.europa.eu',
  'eurojust.europa.eu',
  'justice.gov',
];

/** Free, public legal-information institutes and open case-law databases (not the court's own site). */
export const OPEN_HOSTS = ['bailii.org', 'austlii.edu.au', 'canlii.org', 'juricaf.org', 'openlegaldata.io', 'hrr-strafrecht.de', 'openaustralia.org.au'];

function hostMatches(host: string, list: readonly string[]): boolean {
  return list.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The standing of a URL read from its host. */
export function standingOfUrl(url: string): LinkStanding {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'secondary';
  }
  if (hostMatches(host, OFFICIAL_HOSTS)) return 'official';
  if (hostMatches(host, OPEN_HOSTS)) return 'open';
  return 'secondary';
}

export const STANDING_LABELS: Record<LinkStanding, string> = {
  official: 'Official',
  open: 'Open database',
  secondary: 'Secondary',
};

export function ecliResolverUrl(ecli: string): string {
  return `https://e-justice.europa.eu/ecli/${encodeURIComponent(ecli).replace(/%3A/gi, ':')}`;
}

export function eurLexUrl(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;
}

const RANK: Record<LinkStanding, number> = { official: 0, open: 1, secondary: 2 };

/** courtActor: the court actor whose `court` is the source's court, for the court's own site. */
export function officialLinks(source: Source, courtActor?: Actor): OfficialLink[] {
  const primary = standingOfUrl(source.url);
  const primaryLabel =
    primary === 'official' ? 'The source on an official site' : primary === 'open' ? 'The source in an open legal database' : 'The source as published (secondary: not an official site)';
  const links: OfficialLink[] = [{ label: primaryLabel, url: source.url, kind: 'source', standing: primary }];
  if (source.identifiers.ecli) links.push({ label: 'ECLI resolver (European e-Justice Portal)', url: ecliResolverUrl(source.identifiers.ecli), kind: 'ecli', standing: 'official' });
  if (source.identifiers.celex) links.push({ label: 'EUR-Lex', url: eurLexUrl(source.identifiers.celex), kind: 'eur-lex', standing: 'official' });
  if (courtActor?.url) links.push({ label: `${courtActor.name}: the court's site`, url: courtActor.url, kind: 'court', standing: 'official' });
  for (const a of source.additionalUrls) {
    const standing = a.kind ?? standingOfUrl(a.url);
    const label = standing === 'secondary' && !/secondary/i.test(a.label) ? `${a.label} (secondary)` : a.label;
    links.push({ label, url: a.url, kind: 'additional', standing });
  }
  const seen = new Set<string>();
  return links
    .filter((l) => (seen.has(l.url) ? false : (seen.add(l.url), true)))
    .map((l, i) => ({ l, i }))
    .sort((a, b) => RANK[a.l.standing] - RANK[b.l.standing] || a.i - b.i)
    .map(({ l }) => l);
}
