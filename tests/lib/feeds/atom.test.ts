import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderAtom, xmlText, type AtomFeed } from '@/lib/feeds/atom';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'https://admissible.test/feed.atom',
  title: 'Test feed',
  self: 'https://admissible.test/feed.atom',
  alternate: 'https://admissible.test/',
  fallbackUpdated: '2020-01-01T00:00:00Z',
  author: { name: 'Admissible' },
  entries,
});

describe('renderAtom', () => {
  it('writes a well-formed RFC 4287 feed that a feed parser reads back field for field', () => {
    const xml = renderAtom(
      feed([
        { id: 'https://admissible.test/sources/a', title: 'BGH, 5 StR 457/21 & "März"', updated: '2022-03-02T00:00:00Z', link: 'https://admissible.test/sources/a', summary: 'Rejected <the> revision.', authors: [{ name: 'Bundesgerichtshof' }], categories: [{ term: 'jurisdiction:DE' }] },
        { id: 'https://admissible.test/contributions/b', title: 'Argument: x', updated: '2026-01-02T10:11:12.000Z', link: 'https://admissible.test/contributions/b' },
      ]),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Test feed');
    expect(parsed.self).toBe('https://admissible.test/feed.atom');
    // The feed's updated is its newest entry's.
    expect(parsed.updated?.toISOString()).toBe('2026-01-02T10:11:12.000Z');
    expect(parsed.items.map((i) => i.title)).toEqual(['BGH, 5 StR 457/21 & "März"', 'Argument: x']);
    expect(parsed.items[0]!.description).toBe('Rejected <the> revision.');
    expect(parsed.items[0]!.authors[0]!.name).toBe('Bundesgerichtshof');
    expect(parsed.items[0]!.categories[0]!.term).toBe('jurisdiction:DE');
    const raw = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(raw.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(raw.feed.link.map((l: Record<string, string>) => l['@_rel'])).toEqual(['self', 'alternate']);
  });

  it('an empty feed still says when it was updated', () => {
    const xml = renderAtom(feed([]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<updated>2020-01-01T00:00:00Z</updated>');
  });

  it('strips what XML cannot carry (lone surrogates, controls) and escapes markup, so stored text never breaks a reader', () => {
    const hostile = 'a\uD800b\u0000c\u0008<script>&\uFFFE\u{1F600}';
    expect(xmlText(hostile)).toBe('abc&lt;script&gt;&amp;\u{1F600}');
    const xml = renderAtom(feed([{ id: 'https://admissible.test/x', title: hostile, updated: '2024-01-01T00:00:00Z', link: 'https://admissible.test/x', summary: hostile }]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseFeed(xml).items[0]!.title).toBe('abc<script>&\u{1F600}');
  });

  it('refuses a date that is not RFC 3339, naming the entry', () => {
    expect(() => renderAtom(feed([{ id: 'i', title: 't', updated: '2024-05', link: 'l' }]))).toThrow(/entries\[0\]\.updated: "2024-05"/);
  });
});
