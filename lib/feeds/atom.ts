/**
 * Atom 1.0 (RFC 4287) serialisation: one pure function from a feed description to XML text.
 * Feeds carry stored text (titles, summaries, contributors' names), so every string is escaped
 * and stripped of characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/FFFF):
 * a feed reader must never choke on what a contributor typed.
 */

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  /** A permanent IRI: the entry's permalink, never reused for another entry. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  /** The page a reader opens (rel=alternate). */
  link: string;
  /** Plain text; serialised as type="text". */
  summary?: string;
  authors?: AtomPerson[];
  /** Category terms (e.g. "jurisdiction:DE", "question:q-effective-remedy") with human labels. */
  categories?: { term: string; label?: string }[];
}

export interface AtomFeed {
  /** A permanent IRI for the feed: its own URL. */
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL (rel=self). */
  self: string;
  /** The HTML page the feed follows (rel=alternate). */
  alternate: string;
  /** Used for the feed when no entry gives a later date (an empty feed still needs <updated>). */
  fallbackUpdated: string;
  author: AtomPerson;
  rights?: string;
  entries: AtomEntry[];
}

/** Characters outside XML 1.0's Char production (in `u` mode a lone surrogate is one code point and matches). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkDate(value: string, where: string): string {
  if (!RFC3339.test(value)) throw new Error(`Atom ${where}: "${value}" is not an RFC 3339 date-time`);
  return value;
}

function person(tag: 'author', p: AtomPerson, indent: string): string {
  const uri = p.uri ? `<uri>${xmlText(p.uri)}</uri>` : '';
  return `${indent}<${tag}><name>${xmlText(p.name)}</name>${uri}</${tag}>`;
}

/** The latest `updated` among the entries, or the fallback: what the feed's own <updated> says. */
export function feedUpdated(feed: Pick<AtomFeed, 'entries' | 'fallbackUpdated'>): string {
  let latest = feed.fallbackUpdated;
  for (const e of feed.entries) if (Date.parse(e.updated) > Date.parse(latest)) latest = e.updated;
  return latest;
}

export function renderAtom(feed: AtomFeed): string {
  // Check every entry's dates before the feed's own <updated> is computed from them.
  feed.entries.forEach((e, i) => {
    checkDate(e.updated, `entries[${i}].updated`);
    if (e.published) checkDate(e.published, `entries[${i}].published`);
  });
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${checkDate(feedUpdated(feed), 'feed updated')}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    person('author', feed.author, '  '),
    ...(feed.rights ? [`  <rights type="text">${xmlText(feed.rights)}</rights>`] : []),
  ];
  feed.entries.forEach((e, i) => {
    lines.push(
      '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title type="text">${xmlText(e.title)}</title>`,
      `    <updated>${checkDate(e.updated, `entries[${i}].updated`)}</updated>`,
      ...(e.published ? [`    <published>${checkDate(e.published, `entries[${i}].published`)}</published>`] : []),
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      ...(e.authors ?? []).map((a) => person('author', a, '    ')),
      ...(e.categories ?? []).map((c) => `    <category term="${xmlText(c.term)}"${c.label ? ` label="${xmlText(c.label)}"` : ''}/>`),
      ...(e.summary ? [`    <summary type="text">${xmlText(e.summary)}</summary>`] : []),
      '  </entry>',
    );
  });
  lines.push('</feed>', '');
  return lines.join('\n');
}
