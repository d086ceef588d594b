import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { loadCorpus } from '@/lib/data/read';
import { ecliResolverUrl, eurLexUrl, officialLinks, standingOfUrl } from '@/lib/cite/official-links';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());

describe('official links', () => {
  it('builds the ECLI resolver and EUR-Lex URLs', () => {
    expect(ecliResolverUrl('ECLI:EU:C:2024:372')).toBe('https://e-justice.europa.eu/ecli/ECLI:EU:C:2024:372');
    expect(eurLexUrl('62022CJ0670')).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62022CJ0670');
  });

  it('lists the source, its resolvers and the court’s site, without duplicates', () => {
    const judgment = corpus.sources.find((s) => s.id === 'src-judgment')!;
    expect(officialLinks(judgment).map((l) => l.kind).sort()).toEqual(['ecli', 'source']);
    const directive = corpus.sources.find((s) => s.id === 'syn-directive')!;
    expect(officialLinks(directive).map((l) => l.url)).toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L9999');
    const appeal = corpus.sources.find((s) => s.id === 'syn-uk-appeal')!;
    const court = corpus.actors.find((a) => a.id === 'court-gb-test');
    expect(officialLinks(appeal, court).find((l) => l.kind === 'court')?.url).toBe('https://example.org/court');
  });

  it('reads a link’s standing from its host: courts and official portals, open databases, everything else secondary', () => {
    expect(standingOfUrl('https://uitspraken.rechtspraak.nl/details?id=ECLI%3ANL%3AHR%3A2023%3A913')).toBe('official');
    expect(standingOfUrl('https://www.bundesverfassungsgericht.de/SharedDocs/Entscheidungen/DE/2025/09/rk20250923_2bvr062525.html')).toBe('official');
    expect(standingOfUrl('https://caselaw.nationalarchives.gov.uk/ewca/crim/2021/128')).toBe('official');
    expect(standingOfUrl('https://beta.bailii.org/eu/cases/ECHR/2024/134.html')).toBe('open');
    expect(standingOfUrl('https://datenbank.nwb.de/Dokument/1063117')).toBe('secondary');
    expect(standingOfUrl('https://haufe.de/steuern/x')).toBe('secondary');
    // A look-alike host is not the court's.
    expect(standingOfUrl('https://rechtspraak.nl.example.com/x')).toBe('secondary');
    expect(standingOfUrl('not a url')).toBe('secondary');
  });

  it('puts official links first and labels every secondary one as such, for every source of the corpus', () => {
    const real = loadCorpus();
    const rank = { official: 0, open: 1, secondary: 2 } as const;
    for (const s of real.sources) {
      const links = officialLinks(s);
      const ranks = links.map((l) => rank[l.standing]);
      expect(ranks, s.id).toEqual([...ranks].sort((a, b) => a - b));
      for (const l of links.filter((x) => x.standing === 'secondary')) expect(l.label, `${s.id} ${l.url}`).toMatch(/secondary/i);
    }
    // The Federal Constitutional Court's ANOM decision is read on the court's own site first.
    const bverfg = officialLinks(real.sources.find((s) => s.id === 'de-bverfg-2bvr625-25-anom')!);
    expect(bverfg[0]).toMatchObject({ standing: 'official', kind: 'source' });
    expect(bverfg[0]!.url).toMatch(/^https:\/\/www\.bundesverfassungsgericht\.de\//);
  });
});
