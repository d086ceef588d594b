import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { breadcrumbJsonLd, jsonLdScript, nodeJsonLd, sourceJsonLd } from '@/lib/cite/jsonld';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());

describe('JSON-LD', () => {
  it('describes a position as a Claim with its author, citations and dataset', () => {
    const node = corpus.nodes.find((n) => n.id === 'pos-yes')!;
    const ld = nodeJsonLd(node, { permalink: 'https://a.test/node/pos-yes', siteUrl: 'https://a.test', version: 'v1', actors: corpus.actors.filter((a) => a.id === 'court-cjeu'), sources: corpus.sources.filter((s) => s.id === 'src-judgment') });
    expect(ld).toMatchObject({ '@type': 'Claim', name: 'Yes, it is', author: [{ '@type': 'Organization', name: 'Court of Justice' }], isPartOf: { version: 'v1' } });
    expect(ld.citation).toEqual([{ '@type': 'CreativeWork', name: 'Test judgment', url: 'https://example.org/judgment' }]);
  });
  it('gives a source its identifiers and escapes "<" in the script', () => {
    const s = corpus.sources.find((x) => x.id === 'src-judgment')!;
    const ld = sourceJsonLd({ ...s, title: '</script><b>' }, { permalink: 'https://a.test/sources/src-judgment', siteUrl: 'https://a.test', version: 'v1' });
    expect(ld.identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'ECLI', value: 'ECLI:EU:C:2024:372' });
    const script = jsonLdScript(ld, breadcrumbJsonLd([{ name: 'Q', url: 'https://a.test/questions/q' }]));
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script)['@graph'][0].name).toBe('</script><b>');
    expect(JSON.parse(script)['@graph'][1].itemListElement[0]).toEqual({ '@type': 'ListItem', position: 1, name: 'Q', item: 'https://a.test/questions/q' });
  });
  it("names a source by its own title where the record gives one, and by its label where the own title was not seen", () => {
    const s = corpus.sources.find((x) => x.id === 'src-judgment')!;
    const o = { permalink: 'https://a.test/sources/src-judgment', siteUrl: 'https://a.test', version: 'v1' };
    expect(sourceJsonLd({ ...s, title: 'Label (copy)', ownTitle: 'Label' }, o).name).toBe('Label');
    expect(sourceJsonLd({ ...s, title: 'A description (as reported)', ownTitle: null }, o).name).toBe('A description (as reported)');
  });
});
