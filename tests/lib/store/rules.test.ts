import { describe, expect, it } from 'vitest';
import { displayText, validateContribution } from '@/lib/store/rules';
import { mapLookup } from '@/lib/store/community';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const map = mapLookup(corpus);
const fields = (body: unknown) => {
  const r = validateContribution(body, map);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe('validateContribution', () => {
  it('accepts a complete argument with an existing source, trims text and drops the honeypot', () => {
    const r = validateContribution(validBody(corpus, { text: '  A synthetic argument submitted by the test suite.  ', website: '' }), map);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.text).toBe('A synthetic argument submitted by the test suite.');
      expect('website' in r.value).toBe(false);
    }
  });

  it('accepts a new source with title, URL, date, type, jurisdiction and pinpoint', () => {
    const body = validBody(corpus, { sources: [{ title: 'A new source', url: 'http://example.org/x', date: '2021-03', type: 'news', jurisdiction: 'DE', pinpoint: { kind: 'page', value: '2' } }] });
    expect(fields(body)).toEqual([]);
  });

  it('names each missing required field', () => {
    expect(fields({}).sort()).toEqual(['advancedBy', 'conflictOfInterest', 'kind', 'licence', 'relation', 'sources', 'target', 'text', 'title']);
  });

  it('refuses a body that is not an object, naming the body', () => {
    expect(fields([])).toEqual(['body']);
    expect(fields(null)).toEqual(['body']);
  });

  it('requires consent to the licence, a conflict declaration with details when declared, and at least one source', () => {
    expect(fields(validBody(corpus, { licence: false }))).toEqual(['licence']);
    expect(fields(validBody(corpus, { conflictOfInterest: { declared: true } }))).toEqual(['conflictOfInterest.details']);
    expect(fields(validBody(corpus, { sources: [] }))).toEqual(['sources']);
  });

  it('checks the target, the relation and existing sources and actors against the map', () => {
    expect(fields(validBody(corpus, { target: 'no-such-node' }))).toEqual(['target']);
    expect(fields(validBody(corpus, { relation: 'answers' }))).toEqual(['relation']);
    expect(fields(validBody(corpus, { kind: 'position', relation: 'answers' }))).toEqual(['kind']);
    expect(fields(validBody(corpus, { sources: [{ existing: 'no-such-source' }] }))).toEqual(['sources.0.existing']);
    expect(fields(validBody(corpus, { advancedBy: { kind: 'court', name: 'X court', actor: 'no-such-actor' } }))).toEqual(['advancedBy.actor']);
  });

  it('allows only http(s) URLs, and names the source field', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>', 'ftp://example.org/x', 'https://user:pw@example.org/', 'not a url']) {
      const body = validBody(corpus, { sources: [{ title: 'A new source', url, date: '2021', type: 'news', jurisdiction: 'DE', pinpoint: { kind: 'page', value: '2' } }] });
      expect(fields(body), url).toContain('sources.0.url');
    }
  });

  it('enforces length limits and refuses control characters', () => {
    expect(fields(validBody(corpus, { text: 'x'.repeat(4001) }))).toEqual(['text']);
    expect(fields(validBody(corpus, { title: 'y'.repeat(91) }))).toEqual(['title']);
    expect(fields(validBody(corpus, { text: 'ten chars and a bell \u0007' }))).toEqual(['text']);
    expect(fields(validBody(corpus, { text: 'right-to-left override \u202E hidden' }))).toEqual(['text']);
  });

  it('refuses a filled honeypot and unknown fields, naming them', () => {
    expect(fields(validBody(corpus, { website: 'http://spam.example' }))).toEqual(['website']);
    expect(fields(validBody(corpus, { extra: 1, __proto__x: 2 })).sort()).toEqual(['__proto__x', 'extra']);
  });

  it('requires a title except for a new source on an existing node', () => {
    expect(fields(validBody(corpus, { title: undefined }))).toEqual(['title']);
    expect(fields(validBody(corpus, { kind: 'source', relation: 'cites', title: undefined }))).toEqual([]);
  });
});

describe('odd Unicode', () => {
  it('refuses a lone surrogate in any string, naming the field', () => {
    const r = validateContribution(validBody(corpus, { advancedBy: { kind: 'scholar', name: 'Ada \ud800' }, text: 'A text with a stray \udc00 half of a pair in it.' }), map);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['advancedBy.name', 'text']);
    expect(fields(validBody(corpus, { sources: [{ existing: corpus.sources[0]!.id, pinpoint: { kind: 'paragraph', value: '1\ud83d' } }] }))).toEqual(['sources.0.pinpoint.value']);
    // A well-formed pair (an emoji) is text like any other.
    expect(validateContribution(validBody(corpus, { text: 'A text with an emoji \ud83d\ude00 in it, properly paired.' }), map).ok).toBe(true);
  });

  it('refuses zero-width, BOM, bidirectional-control and tag characters, naming the field and the character', () => {
    const cases: [string, string][] = [
      ['\u200b', 'U+200B'],
      ['\u200d', 'U+200D'],
      ['\ufeff', 'U+FEFF'],
      ['\u202e', 'U+202E'],
      ['\u2067', 'U+2067'],
      ['\u{E0041}', 'U+E0041'],
    ];
    for (const [ch, code] of cases) {
      const r = validateContribution(validBody(corpus, { title: `Hidden${ch}title` }), map);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors.map((e) => e.field)).toEqual(['title']);
        expect(r.errors[0]!.message).toContain(code);
      }
      expect(fields(validBody(corpus, { advancedBy: { kind: 'scholar', name: `Ada${ch}Lovelace` } }))).toEqual(['advancedBy.name']);
    }
  });

  it('makes stored text displayable: lone surrogates become U+FFFD, invisible characters go', () => {
    expect(displayText('a\ud800b\u200bc\u202ed\u{E0041}e')).toBe('a\ufffdbcde');
    expect(displayText('Beyoncé 😀')).toBe('Beyoncé 😀');
  });
});
