import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { communityNodeId, mapLookup, mergeApproved } from '@/lib/store/community';
import type { Contribution } from '@/lib/store/contributions';
import { validateContribution } from '@/lib/store/rules';
import { renderAtom } from '@/lib/feeds/atom';
import { buildFeed, feedPath, isRuling, scopeExists } from '@/lib/feeds/entries';
import { requestBase } from '@/lib/site';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const BASE = 'https://admissible.test';

function approved(id: string, decidedAt: string, overrides: Record<string, unknown> = {}): Contribution {
  const r = validateContribution(validBody(corpus, overrides), mapLookup(corpus));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { id, status: 'approved', createdAt: decidedAt, updatedAt: decidedAt, target: r.value.target, kind: r.value.kind, relation: r.value.relation, submission: r.value, reason: null, decidedBy: 'mod@example.org', decidedAt };
}

describe('buildFeed', () => {
  const a = approved('a'.repeat(24), '2026-02-03T04:05:06.000Z', { contributor: { name: 'Ada', email: 'ada@example.org' } });
  const merged = mergeApproved(corpus, [a]);

  it('lists every court ruling and every approved contribution on the site feed, newest first', () => {
    const f = buildFeed(merged, { kind: 'site' }, BASE);
    const rulings = corpus.sources.filter(isRuling);
    expect(rulings.length).toBeGreaterThan(0);
    expect(f.entries).toHaveLength(rulings.length + 1);
    expect(f.entries[0]!.title).toBe('Argument: Synthetic test argument');
    // Its link is the node's own page; its id stays the contribution's record.
    expect(f.entries[0]!.link).toBe(`${BASE}/node/community-${a.id}`);
    expect(f.entries[0]!.id).toBe(`${BASE}/contributions/${a.id}`);
    expect(f.entries[0]!.authors).toEqual([{ name: 'Ada' }]);
    const times = f.entries.map((e) => Date.parse(e.updated));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const xml = renderAtom(f);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('ada@example.org');
    expect(xml).not.toContain('mod@example.org');
    expect(parseFeed(xml).items).toHaveLength(f.entries.length);
  });

  it('scopes a question feed to rulings holding on it and contributions under it', () => {
    const question = corpus.graph.rootOf(a.target)!;
    const f = buildFeed(merged, { kind: 'question', id: question }, BASE);
    const onQuestion = new Set(corpus.holdings.filter((h) => h.question === question).map((h) => h.source));
    const rulingIds = f.entries.filter((e) => e.link.includes('/sources/')).map((e) => e.link.split('/sources/')[1]);
    expect(new Set(rulingIds)).toEqual(new Set([...onQuestion].filter((id) => isRuling(corpus.sourceById.get(id)!))));
    expect(f.entries.some((e) => e.link.endsWith(a.id))).toBe(true);
    const other = corpus.graph.roots.find((r) => r !== question);
    if (other) expect(buildFeed(merged, { kind: 'question', id: other }, BASE).entries.some((e) => e.link.endsWith(a.id))).toBe(false);
  });

  it('scopes jurisdiction and operation feeds by the ruling, and names the feed after the scope', () => {
    const j = corpus.jurisdictions[0]!;
    const f = buildFeed(merged, { kind: 'jurisdiction', code: j.code }, BASE);
    expect(f.title).toContain(j.name);
    for (const e of f.entries.filter((x) => x.link.includes('/sources/'))) {
      const s = corpus.sourceById.get(e.link.split('/sources/')[1]!)!;
      const holdingHere = corpus.holdings.some((h) => h.source === s.id && h.jurisdiction === j.code);
      expect(s.jurisdiction === j.code || holdingHere).toBe(true);
    }
    expect(f.self).toBe(`${BASE}${feedPath({ kind: 'jurisdiction', code: j.code })}`);
  });

  it('drops a contribution once it is no longer approved (the feed follows the store)', () => {
    const f = buildFeed(mergeApproved(corpus, [{ ...a, status: 'rejected' }]), { kind: 'site' }, BASE);
    expect(f.entries.some((e) => e.link.endsWith(a.id))).toBe(false);
    expect(merged.graph.node(communityNodeId(a.id))).toBeDefined();
  });

  it('knows which scopes exist', () => {
    expect(scopeExists(merged, { kind: 'question', id: 'q-does-not-exist' })).toBe(false);
    expect(scopeExists(merged, { kind: 'jurisdiction', code: 'ZZ' })).toBe(false);
    expect(scopeExists(merged, { kind: 'operation', id: corpus.operations[0]?.id ?? 'x' })).toBe(corpus.operations.length > 0);
  });
});

describe('requestBase (the feeds\' origin)', () => {
  it('uses SITE_URL when set and the request origin otherwise, never the built-in default', () => {
    const req = new Request('http://admissible.example:8080/feed.atom');
    expect(requestBase(req, { SITE_URL: 'https://admissible.org/' })).toBe('https://admissible.org');
    expect(requestBase(req, {})).toBe('http://admissible.example:8080');
    const behind = new Request('http://localhost:3000/feed.atom', { headers: { host: 'Admissible.Example' } });
    expect(requestBase(behind, {})).toBe('http://admissible.example');
    const forged = new Request('http://localhost:3000/feed.atom', { headers: { host: 'evil.example/"><script>' } });
    expect(requestBase(forged, {})).toBe('http://localhost:3000');
  });
});
