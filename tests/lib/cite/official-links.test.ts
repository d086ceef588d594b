import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { ecliResolverUrl, eurLexUrl, officialLinks } from '@/lib/cite/official-links';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());

describe('official links', () => {
  it('builds the ECLI resolver and EUR-Lex URLs', () => {
    expect(ecliResolverUrl('ECLI:EU:C:2024:372')).toBe('https://e-justice.europa.eu/ecli/ECLI:EU:C:2024:372');
    expect(eurLexUrl('62022CJ0670')).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62022CJ0670');
  });
  it('lists the source, its resolvers and the court’s site, without duplicates', () => {
    const judgment = corpus.sources.find((s) => s.id === 'src-judgment')!;
    expect(officialLinks(judgment).map((l) => l.kind)).toEqual(['source', 'ecli']);
    const directive = corpus.sources.find((s) => s.id === 'syn-directive')!;
    expect(officialLinks(directive).map((l) => l.url)).toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L9999');
    const appeal = corpus.sources.find((s) => s.id === 'syn-uk-appeal')!;
    const court = corpus.actors.find((a) => a.id === 'court-gb-test');
    expect(officialLinks(appeal, court).find((l) => l.kind === 'court')?.url).toBe('https://example.org/court');
  });
});
