/**
 * schema.org JSON-LD for node and source pages, so search engines and reference managers read
 * what a page is, who stated it, what it cites and where it sits in the map.
 */
import type { Actor, DebateNode, Source } from '@/lib/model/schema';
import { SITE_NAME } from './csl-item';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

function dataset(siteUrl: string, version: string) {
  return { '@type': 'Dataset', name: SITE_NAME, url: siteUrl, version, license: 'https://creativecommons.org/licenses/by-sa/4.0/' };
}

export function actorJsonLd(a: Actor) {
  return { '@type': a.kind === 'scholar' ? 'Person' : 'Organization', name: a.name };
}

export function nodeJsonLd(node: DebateNode, o: { permalink: string; siteUrl: string; version: string; actors: Actor[]; sources: Source[] }) {
  return {
    '@type': node.kind === 'question' ? 'Question' : 'Claim',
    '@id': o.permalink,
    url: o.permalink,
    name: node.title,
    text: node.text,
    ...(node.kind === 'question' ? {} : { firstAppearance: { '@type': 'CreativeWork', datePublished: node.firstStated } }),
    author: o.actors.map(actorJsonLd),
    citation: o.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    isPartOf: dataset(o.siteUrl, o.version),
  };
}

export function sourceJsonLd(source: Source, o: { permalink: string; siteUrl: string; version: string }) {
  const identifiers = [
    source.identifiers.ecli && { '@type': 'PropertyValue', propertyID: 'ECLI', value: source.identifiers.ecli },
    source.identifiers.celex && { '@type': 'PropertyValue', propertyID: 'CELEX', value: source.identifiers.celex },
    source.identifiers.neutralCitation && { '@type': 'PropertyValue', propertyID: 'neutral citation', value: source.identifiers.neutralCitation },
    ...source.identifiers.caseNumbers.map((n) => ({ '@type': 'PropertyValue', propertyID: 'case number', value: n })),
  ].filter(Boolean);
  return {
    '@type': source.type === 'legislation' ? 'Legislation' : source.type === 'article' ? 'ScholarlyArticle' : source.type === 'news' ? 'NewsArticle' : 'CreativeWork',
    '@id': o.permalink,
    // The document's own title where the record gives it apart from the site's label.
    name: source.ownTitle ?? source.title,
    url: source.url,
    sameAs: o.permalink,
    datePublished: source.date,
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.issuer },
    author: source.authors.map((a) => ('literal' in a ? { '@type': 'Organization', name: a.literal } : { '@type': 'Person', familyName: a.family, givenName: a.given })),
    identifier: identifiers,
    abstract: source.summary,
    subjectOf: dataset(o.siteUrl, o.version),
  };
}

/** The script body: a @graph of the given objects, with "<" escaped so it cannot close the script tag. */
export function jsonLdScript(...items: object[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(/</g, '\\u003c');
}
