import { describe, expect, it } from 'vitest';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { communityNodeId, mapLookup, mergeApproved } from '@/lib/store/community';
import type { Contribution } from '@/lib/store/contributions';
import { validateContribution } from '@/lib/store/rules';
import { corpusAsOf } from '@/lib/graph/replay';
import { communityDocuments, communitySearchFile } from '@/lib/search/community';
import { searchDocuments } from '@/lib/search/documents';
import { SiteSearch } from '@/lib/search/index';
import { searchFiles } from '@/lib/search/files';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));

function approved(id: string, decidedAt: string, overrides: Record<string, unknown> = {}): Contribution {
  const r = validateContribution(validBody(corpus, overrides), mapLookup(corpus));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { id, status: 'approved', createdAt: decidedAt, updatedAt: decidedAt, target: r.value.target, kind: r.value.kind, relation: r.value.relation, submission: r.value, reason: null, decidedBy: 'mod@example.org', decidedAt };
}

/** The browser's search as it loads: the static files of the curated corpus, then the live supplement. */
function browserSearch(supplement: ReturnType<typeof communitySearchFile>): SiteSearch {
  const files = new Map(searchFiles(corpus).map((f) => [f.path, JSON.parse(f.body)]));
  const search = SiteSearch.fromFiles(files.get('search/index.json'), files.get('search/entries.json'));
  search.addDocuments(supplement.documents);
  return search;
}

const a = approved('a'.repeat(24), '2026-02-03T04:05:06.000Z', {
  title: 'Quokka interception remedies',
  advancedBy: { kind: 'scholar', name: 'Professor Wombat' },
  sources: [{ title: 'A contributor’s source on quokkas', url: 'https://example.org/quokka', date: '2025-05-06', type: 'article', jurisdiction: 'EU', pinpoint: { kind: 'page', value: '3' } }],
});
const merged = mergeApproved(corpus, [a]);

describe('communityDocuments', () => {
  it('holds the community node, its new source and its actor, marked as community, and nothing curated', () => {
    const docs = communityDocuments(merged, merged.community);
    expect(docs.map((d) => [d.kind, d.id]).sort()).toEqual(
      [
        ['actor', `community-${a.id}-actor`],
        ['argument', communityNodeId(a.id)],
        ['source', `community-${a.id}-source-1`],
      ].sort(),
    );
    expect(docs.every((d) => d.community)).toBe(true);
    expect(docs.find((d) => d.kind === 'argument')).toMatchObject({ url: `/node/${communityNodeId(a.id)}`, date: '2026-02-03', names: 'Professor Wombat' });
    expect(communityDocuments(corpus, new Map())).toEqual([]);
  });

  it('the browser file leaves the text out, like the static index, and carries the merged version', () => {
    const file = communitySearchFile(merged, merged.community);
    expect(file.version).toBe(merged.version);
    expect(file.documents.every((d) => d.text === '')).toBe(true);
  });
});

describe('the browser search with the live supplement', () => {
  it('finds an approved community node by a word of its title, with a typo, and by its contributor-named actor', () => {
    const search = browserSearch(communitySearchFile(merged, merged.community));
    expect(search.search('quokka')[0]).toMatchObject({ id: communityNodeId(a.id), kind: 'argument', community: true, url: `/node/${communityNodeId(a.id)}` });
    expect(search.search('Quokak interception').map((h) => h.id)).toContain(communityNodeId(a.id));
    expect(search.search('Wombat').map((h) => h.id)).toContain(communityNodeId(a.id));
  });

  it('does not find it once withdrawn (the supplement of a merge without it), nor as of a day before its approval', () => {
    const withdrawn = mergeApproved(corpus, []);
    expect(browserSearch(communitySearchFile(withdrawn, withdrawn.community)).search('quokka')).toEqual([]);
    const search = browserSearch(communitySearchFile(merged, merged.community));
    expect(search.search('quokka', { asOf: '2026-02-02' }).map((h) => h.id)).not.toContain(communityNodeId(a.id));
    expect(search.search('quokka', { asOf: '2026-02-03' }).map((h) => h.id)).toContain(communityNodeId(a.id));
    // The dated supplement (asOf on the route) leaves it out altogether.
    const before = indexCorpus(corpusAsOf(merged, '2026-02-02'));
    expect(communitySearchFile({ ...before, version: merged.version }, merged.community).documents.map((d) => d.id)).not.toContain(communityNodeId(a.id));
  });

  it('adding documents to a loaded index answers as building from all of them at once', () => {
    const all = searchDocuments(corpus);
    const half = Math.floor(all.length / 2);
    const once = SiteSearch.fromDocuments(all);
    const twice = SiteSearch.fromDocuments(all.slice(0, half));
    twice.addDocuments(all.slice(half));
    expect(twice.entries).toEqual(once.entries);
    for (const q of ['encrochat', 'admissib', corpus.sources.find((s) => s.identifiers.ecli)?.identifiers.ecli ?? 'x', corpus.nodes.at(-1)!.title]) {
      expect(twice.search(q).map((h) => h.id), q).toEqual(once.search(q).map((h) => h.id));
    }
  });
});
