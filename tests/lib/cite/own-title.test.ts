/**
 * A source's own title (ownTitle) in citations: a title as published is quoted or italicised as the
 * style does a title; a description given by the editors, where the document's own title was not
 * seen (ownTitle: null), is printed in square brackets and never in quotation marks (APA 7: the
 * description in brackets in place of the title; Chicago: a descriptive title in neither quotation
 * marks nor italics; OSCOLA has no rule and follows the same convention).
 */
import { describe, expect, it } from 'vitest';
import { citeSource } from '@/lib/cite/cite';
import { citedTitle, isDescription, sourceToCsl } from '@/lib/cite/csl-item';
import { CITATION_STYLES, renderCsl, unquoteDescription } from '@/lib/cite/format';
import { formatBibliographyEntry } from '@/lib/brief/format';
import { Source } from '@/lib/model/schema';

// As in the corpus: the jurisdiction's name goes into the item (citeproc then leaves a title's case alone).
const ctx = { jurisdictions: [{ code: 'EU', name: 'European Union', courts: [] }] };
const URL = 'https://news.example.org/report';

const pressRelease = (title: string, ownTitle?: string | null): Source =>
  Source.parse({
    id: 'pr-test',
    type: 'press-release',
    title,
    ...(ownTitle === undefined ? {} : { ownTitle }),
    issuer: 'Europol',
    jurisdiction: 'EU',
    date: '2021-06-08',
    url: URL,
    language: 'en',
    authority: 'official',
    verification: { status: 'secondary', seenAt: [URL] },
    summary: 'A press release known from reports.',
  });

const DESCRIPTION = 'Europol statement on Operation Trojan Shield, 8 June 2021 (as reported)';
const described = pressRelease(DESCRIPTION, null);
const annotated = pressRelease('New major interventions to block encrypted communications of criminal networks (Europol, 10 March 2021), as reproduced', 'New major interventions to block encrypted communications of criminal networks');

const textOf = (source: Source) => Object.fromEntries(citeSource(source, ctx).map((r) => [r.style, r.text]));

describe('the title a citation gives a source', () => {
  it('is the title, the own title where the record gives one, or the description in square brackets', () => {
    expect(citedTitle(pressRelease('Plain title'))).toBe('Plain title');
    expect(citedTitle(annotated)).toBe('New major interventions to block encrypted communications of criminal networks');
    expect(citedTitle(described)).toBe(`[${DESCRIPTION}]`);
    expect(isDescription(`[${DESCRIPTION}]`)).toBe(true);
    expect(isDescription('Plain title [2021]')).toBe(false);
    expect(sourceToCsl(described, ctx).title).toBe(`[${DESCRIPTION}]`);
  });

  it('OSCOLA: a description in square brackets without the ‘ ’ of a title; an own title quoted without the annotation', () => {
    const { oscola } = textOf(described);
    expect(oscola).toBe(`Europol, [${DESCRIPTION}] (Press release, 8 June 2021) <${URL}>.`);
    expect(oscola).not.toMatch(/[‘’]/);
    expect(textOf(annotated).oscola).toBe(`Europol, ‘New major interventions to block encrypted communications of criminal networks’ (Press release, 8 June 2021) <${URL}>.`);
  });

  it('APA 7: the description in square brackets where the title goes, before the [Press release] label', () => {
    expect(textOf(described).apa).toBe(`Europol. (2021, June 8). [${DESCRIPTION}] [Press release]. ${URL}`);
    expect(textOf(annotated).apa).toBe(`Europol. (2021, June 8). New major interventions to block encrypted communications of criminal networks [Press release]. ${URL}`);
  });

  it('Chicago: the description neither quoted nor put in headline case, the comma after the bracket; an own title in “ ,”', () => {
    const { chicago } = textOf(described);
    expect(chicago).toBe(`Europol, [${DESCRIPTION}], Press release, June 8, 2021, ${URL}.`);
    expect(chicago).not.toMatch(/[“”]/);
    // Where citeproc puts a title in headline case (an item without a jurisdiction), a description keeps its own case.
    const headline = Object.fromEntries(citeSource(described, { jurisdictions: [] }).map((r) => [r.style, r.text]));
    expect(headline.chicago).toContain(`Europol, [${DESCRIPTION}], Press release`);
    expect(headline.oscola).toContain(`Europol, [${DESCRIPTION}] (Press release`);
    expect(textOf(annotated).chicago).toBe(`Europol, “New major interventions to block encrypted communications of criminal networks,” Press release, June 8, 2021, ${URL}.`);
  });

  it('news and articles too: the description unquoted in every style, and in the bibliography forms', () => {
    const news: Source = { ...described, type: 'news', container: 'WIRED', authors: [] };
    for (const text of Object.values(textOf(news))) {
      expect(text).toContain(`[${DESCRIPTION}]`);
      expect(text).not.toMatch(/[‘“]\[/);
    }
    for (const style of CITATION_STYLES) {
      const entry = formatBibliographyEntry(described, ctx, style);
      expect(entry, style.id).toContain(`[${DESCRIPTION}]`);
      expect(entry, style.id).not.toMatch(/[‘“]\[|\][,.]?[’”]/);
      expect(renderCsl(sourceToCsl(news, ctx, style.id), style, 'bibliography'), style.id).not.toMatch(/[‘“]\[/);
    }
  });

  it('takes away only the quotation marks around exactly the bracketed description', () => {
    const item = { id: 'x', type: 'webpage', title: '[A description]' };
    expect(unquoteDescription('Body, ‘[A description]’ (Press release)', item)).toBe('Body, [A description] (Press release)');
    expect(unquoteDescription('Body, “[A description],” Press release', item)).toBe('Body, [A description], Press release');
    expect(unquoteDescription('Body. “[A description].” Press release', item)).toBe('Body. [A description]. Press release');
    expect(unquoteDescription('Body, ‘A quoted title’ and “[Another]”', item)).toBe('Body, ‘A quoted title’ and “[Another]”');
    expect(unquoteDescription('Body, “[A description],”', { ...item, title: 'A title' })).toBe('Body, “[A description],”');
  });
});
