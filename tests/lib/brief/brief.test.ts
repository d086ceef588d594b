import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { briefQuery, buildBrief, moveItem, parseBriefParams, unknownItems, BRIEF_MAX_ITEMS } from '@/lib/brief/brief';
import { briefToMarkdown, escapeMarkdown } from '@/lib/brief/markdown';
import { briefToDocx } from '@/lib/brief/docx';
import { briefDownload } from '@/lib/brief/http';
import { fixtureFiles } from '../../fixtures/corpus';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const BASE = 'https://admissible.test';
const nodes = corpus.nodes.filter((n) => n.kind !== 'question').slice(0, 4).map((n) => n.id);
const ruling = corpus.sources.find((s) => s.type === 'judgment')!.id;
const five = [...nodes, ruling];

function request(params: Record<string, string>) {
  const r = parseBriefParams(params);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('parseBriefParams', () => {
  it('reads items in order without duplicates, the style and the date', () => {
    expect(request({ items: 'b-1, a-2,b-1', style: 'chicago', asOf: '2024-05-01' })).toMatchObject({ items: ['b-1', 'a-2'], style: { id: 'chicago' }, asOf: '2024-05-01' });
    expect(request({}).style.id).toBe('oscola');
  });

  it('names the parameter and the value at fault', () => {
    const r = parseBriefParams({ items: 'ok-1,Not An Id', style: 'mla', asOf: '2024-02-30' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.parameter)).toEqual(['items', 'style', 'asOf']);
    expect(r.problems[0]!.message).toContain('"Not An Id"');
    expect(r.problems[1]!.message).toContain('unknown style "mla"');
    expect(r.problems[2]!.message).toContain('"2024-02-30"');
    const many = parseBriefParams({ items: Array.from({ length: BRIEF_MAX_ITEMS + 1 }, (_, i) => `n-${i}`).join(',') });
    expect(many.ok).toBe(false);
  });

  it('moves items and writes the query back', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(briefQuery(['a', 'b'], 'apa', '2024-01-01')).toBe('?items=a,b&style=apa&asOf=2024-01-01');
    expect(briefQuery([], 'oscola')).toBe('');
  });
});

describe('buildBrief', () => {
  it('gives each node a footnote citing itself (permalink, dataset version, as-of date) and one per cited source', () => {
    const brief = buildBrief(corpus, request({ items: five.join(','), asOf: '2030-01-01' }), BASE, '2026-12-03');
    expect(brief.entries.map((e) => e.id)).toEqual(five);
    const first = brief.entries[0]!;
    const node = corpus.graph.node(first.id)!;
    expect(first.permalink).toBe(`${BASE}/node/${first.id}?asOf=2030-01-01`);
    expect(first.footnotes).toHaveLength(1 + node.citations.length);
    expect(first.footnotes[0]!.text).toContain(corpus.version);
    expect(first.footnotes[0]!.text).toContain(first.permalink);
    expect(first.footnotes[1]!.url).toMatch(new RegExp(`^${BASE}/sources/.+\\?asOf=2030-01-01$`));
    expect(brief.entries[4]!.kindLabel).toBe('Ruling');
    expect(brief.bibliography.length).toBeGreaterThan(0);
    expect([...brief.bibliography].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(brief.bibliography);
  });

  it('finds the ids the corpus does not hold', () => {
    expect(unknownItems(corpus, [nodes[0]!, 'pos-nowhere'])).toEqual(['pos-nowhere']);
  });
});

describe('a holding in a brief', () => {
  it("says what the court did in its own terms before the summary, with no evidence effect for a ruling that decided none", () => {
    const [entry] = buildBrief(corpus, request({ items: 'h-test' }), BASE, '2026-12-03').entries;
    expect(entry!.kind).toBe('holding');
    // h-test answers "yes" in a reference answered: a preliminary ruling decides no question of using evidence.
    expect(entry!.text).toMatch(/^Yes\. Reference answered\. A synthetic holding/);
    expect(entry!.text).not.toMatch(/admitted|excluded/i);
  });
});

describe('exports', () => {
  const brief = buildBrief(corpus, request({ items: five.join(',') }), BASE, '2026-12-03');

  it('Markdown: one footnote definition per reference, every reference defined', () => {
    const md = briefToMarkdown(brief);
    const refs = [...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]);
    const defs = [...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1]);
    expect(defs).toEqual(refs);
    expect(defs.length).toBe(brief.entries.reduce((n, e) => n + e.footnotes.length, 0));
    expect(md).toContain('## Bibliography');
    expect(md).toContain(`dataset version ${corpus.version}`);
    expect(escapeMarkdown('a *b* [c](d) <x>')).toBe('a \\*b\\* \\[c\\](d) \\<x\\>');
    expect(escapeMarkdown('1. first')).toBe('\\1. first');
    expect(md).toMatch(/^\[\^2\]: .+ <https:\/\/admissible\.test\/sources\/[^>]+>/m);
  });

  it('DOCX: well-formed WordprocessingML with a footnote per reference, the permalinks and the bibliography', async () => {
    const bytes = await briefToDocx(brief);
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    expect(XMLValidator.validate(document)).toBe(true);
    expect(XMLValidator.validate(footnotes)).toBe(true);
    const total = brief.entries.reduce((n, e) => n + e.footnotes.length, 0);
    expect(document.match(/<w:footnoteReference /g)).toHaveLength(total);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(footnotes);
    const notes = [parsed['w:footnotes']['w:footnote']].flat().filter((f: Record<string, string>) => Number(f['@_w:id']) > 0);
    expect(notes).toHaveLength(total);
    expect(document).toContain('Bibliography');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain(brief.entries[0]!.permalink.replace(/&/g, '&amp;'));
  });

  it('answers 400 naming the parameter for a bad style, date, format or unknown id; never throws', async () => {
    const ask = (q: string) => briefDownload(new URL(`https://admissible.test/api/brief?${q}`), corpus, BASE, '2026-12-03');
    const cases: [string, string, RegExp][] = [
      [`items=${nodes[0]}&style=harvard`, 'style', /unknown style "harvard"/],
      [`items=${nodes[0]}&asOf=2024-13-01`, 'asOf', /2024-13-01/],
      [`items=${nodes[0]}&format=pdf`, 'format', /unknown format "pdf"/],
      [`items=${nodes[0]},pos-not-in-the-map`, 'items', /"pos-not-in-the-map"/],
      ['items=', 'items', /empty/],
    ];
    for (const [q, parameter, message] of cases) {
      const res = await ask(q);
      expect(res.status, q).toBe(400);
      const body = await res.json();
      expect(body.errors[0].parameter, q).toBe(parameter);
      expect(body.errors[0].message, q).toMatch(message);
    }
    const ok = await ask(`items=${five.join(',')}&format=docx`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toMatch(/\.docx"$/);
  });
});
