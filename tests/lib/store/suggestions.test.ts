import { afterAll, describe, expect, it } from 'vitest';
import { validateAnySubmission, PROPOSED_UNPINNED, type AnySubmission } from '@/lib/store/suggestions';
import { answersOf, citationPinpointKey, holdingPinpointKey, mapLookup, mergeApproved } from '@/lib/store/community';
import { decideContribution, getContribution, listContributions, type Contribution } from '@/lib/store/contributions';
import { handleContributionPost, type SubmitConfig } from '@/lib/store/http';
import { readAudit } from '@/lib/store/audit';
import { proposalsFor, rulingHoldingId, rulingSourceId } from '@/lib/store/export';
import { indexCorpus, type LoadedCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { buildFeed } from '@/lib/feeds/entries';
import { renderAtom } from '@/lib/feeds/atom';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fixtureFiles } from '../../fixtures/corpus';
import { backends, cleanupStores } from '../../support/stores';

const fixture = indexCorpus(validateCorpus(fixtureFiles()));
const corpus: LoadedCorpus = fixture;
const map = mapLookup(corpus);
const answer = answersOf(corpus.graph.node('q-test')).find((a) => a.id !== 'not-reached')!.id;

/** pos-no's only citation has no pinpoint; so has the holding h-test. */
const pinpointBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'pinpoint',
  target: 'pos-no',
  citation: 0,
  pinpoint: { kind: 'paragraph', value: '42' },
  excerpt: 'the words the reader found at paragraph 42',
  seenAt: 'https://example.org/full-text',
  licence: true,
  conflictOfInterest: { declared: false },
  ...overrides,
});

const rulingBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ruling',
  target: 'q-test',
  court: 'de-bgh',
  type: 'decision',
  date: '2025-03-04',
  identifiers: { ecli: 'ECLI:DE:BGH:2025:040325B5STR1.25.0', caseNumbers: ['5 StR 1/25'] },
  url: 'https://example.org/ruling',
  answer,
  disposition: 'dismissed',
  summary: 'A synthetic summary of what the ruling decided.',
  licence: true,
  conflictOfInterest: { declared: false },
  ...overrides,
});

const fields = (body: unknown) => {
  const r = validateAnySubmission(body, map);
  return r.ok ? [] : r.errors.map((e) => e.field).sort();
};

const approved = (id: string, submission: AnySubmission, decidedAt = '2026-01-02T00:00:00.000Z'): Contribution => ({
  id,
  status: 'approved',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: decidedAt,
  target: submission.target,
  kind: submission.kind,
  relation: submission.kind === 'pinpoint' ? 'pinpoints' : 'proposes',
  submission,
  reason: null,
  decidedBy: 'mod@example.org',
  decidedAt,
});
const valid = (body: unknown): AnySubmission => {
  const r = validateAnySubmission(body, map);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

afterAll(cleanupStores);

describe('pinpoint suggestions: rules', () => {
  it('accepts a pinpoint for an unpinned citation and for an unpinned holding', () => {
    expect(fields(pinpointBody())).toEqual([]);
    expect(fields(pinpointBody({ target: 'h-test', citation: undefined }))).toEqual([]);
  });

  it('names each missing field', () => {
    expect(fields({ kind: 'pinpoint' })).toEqual(['conflictOfInterest', 'excerpt', 'licence', 'pinpoint', 'seenAt', 'target']);
    expect(fields(pinpointBody({ pinpoint: { kind: 'paragraph' } }))).toEqual(['pinpoint.value']);
  });

  it('checks the pinpoint with the model rules, the excerpt length, and an https source of the words', () => {
    expect(fields(pinpointBody({ pinpoint: { kind: 'paragraph', value: '42; drop table' } }))).toEqual(['pinpoint.value']);
    expect(fields(pinpointBody({ pinpoint: { kind: 'chapter', value: '4' } }))).toEqual(['pinpoint.kind']);
    expect(fields(pinpointBody({ excerpt: Array.from({ length: 41 }, () => 'word').join(' ') }))).toEqual(['excerpt']);
    expect(fields(pinpointBody({ excerpt: 'hidden \u202E text' }))).toEqual(['excerpt']);
    expect(fields(pinpointBody({ seenAt: 'http://example.org/x' }))).toEqual(['seenAt']);
    expect(fields(pinpointBody({ seenAt: 'javascript:alert(1)' }))).toEqual(['seenAt']);
  });

  it('refuses a citation or holding that does not exist or already has a pinpoint', () => {
    expect(fields(pinpointBody({ citation: 5 }))).toEqual(['citation']);
    expect(fields(pinpointBody({ target: 'pos-yes' }))).toEqual(['citation']);
    expect(fields(pinpointBody({ citation: undefined }))).toEqual(['target']);
    expect(fields(pinpointBody({ target: 'h-none', citation: undefined }))).toEqual(['target']);
    expect(fields(pinpointBody({ citation: 0.5 }))).toEqual(['citation']);
  });

  it('names every kind when the kind is unknown', () => {
    const r = validateAnySubmission(pinpointBody({ kind: 'pinpoints' }), map);
    expect(r.ok ? [] : r.errors.find((e) => e.field === 'kind')?.message).toBe('kind must be one of position, argument, fact, source, pinpoint, ruling');
  });

  it('refuses unknown fields and a filled honeypot, and drops an empty one', () => {
    expect(fields(pinpointBody({ extra: 1, website: 'x' }))).toEqual(['extra', 'website']);
    expect('website' in valid(pinpointBody({ website: '' }))).toBe(false);
  });
});

describe('ruling proposals: rules', () => {
  it('accepts a complete proposal', () => {
    expect(fields(rulingBody())).toEqual([]);
    expect(fields(rulingBody({ identifiers: { neutralCitation: '[2025] EWCA Crim 1' } }))).toEqual([]);
  });

  it('names each missing field', () => {
    expect(fields({ kind: 'ruling' })).toEqual(['answer', 'conflictOfInterest', 'court', 'date', 'disposition', 'identifiers', 'licence', 'summary', 'target', 'type', 'url']);
  });

  it('checks identifiers, date, URL and the court against the map', () => {
    expect(fields(rulingBody({ identifiers: { ecli: 'ECLI:de:bgh:2025:1' } }))).toEqual(['identifiers.ecli']);
    expect(fields(rulingBody({ identifiers: {} }))).toEqual(['identifiers']);
    expect(fields(rulingBody({ identifiers: { caseNumbers: ['ok', ''] } }))).toEqual(['identifiers.caseNumbers.1']);
    expect(fields(rulingBody({ date: '2025-02-30' }))).toEqual(['date']);
    expect(fields(rulingBody({ date: '2025-02' }))).toEqual(['date']);
    expect(fields(rulingBody({ url: 'http://example.org/r' }))).toEqual(['url']);
    expect(fields(rulingBody({ court: 'no-such-court' }))).toEqual(['court']);
  });

  it("takes an answer only from the question's own vocabulary, and a disposition from the model's", () => {
    expect(fields(rulingBody({ answer: 'maybe' }))).toEqual(['answer']);
    expect(fields(rulingBody({ target: 'pos-yes' }))).toEqual(['target']);
    expect(fields(rulingBody({ disposition: 'won' }))).toEqual(['disposition']);
    expect(fields(rulingBody({ disposition: 'other' }))).toEqual(['dispositionNote']);
    expect(fields(rulingBody({ disposition: 'other', dispositionNote: 'damages action' }))).toEqual([]);
  });

  it('asks why with "not reached", and only then', () => {
    expect(fields(rulingBody({ answer: 'not-reached' }))).toEqual(['notReached']);
    expect(fields(rulingBody({ answer: 'not-reached', notReached: 'The appeal was inadmissible for lateness.' }))).toEqual([]);
    expect(fields(rulingBody({ notReached: 'The appeal was inadmissible for lateness.' }))).toEqual(['notReached']);
  });

  it('keeps text as typed (plain text, trimmed) and refuses control characters', () => {
    const r = valid(rulingBody({ summary: '  <b>Not markup</b>: kept as typed.  ' }));
    expect(r.kind === 'ruling' && r.summary).toBe('<b>Not markup</b>: kept as typed.');
    expect(fields(rulingBody({ summary: 'a bell \u0007 in the text' }))).toEqual(['summary']);
  });
});

describe('approved suggestions in the merged map and the export', () => {
  it('sets an approved pinpoint on the citation and the holding, with provenance, leaving the curated corpus alone', () => {
    const cit = approved('a'.repeat(24), valid(pinpointBody({ contributor: { name: 'Ada', email: 'ada@example.org' } })));
    const hold = approved('b'.repeat(24), valid(pinpointBody({ target: 'h-test', citation: undefined, pinpoint: { kind: 'page', value: '7' } })));
    const later = approved('c'.repeat(24), valid(pinpointBody({ pinpoint: { kind: 'paragraph', value: '99' } })), '2026-01-03T00:00:00.000Z');
    const merged = mergeApproved(corpus, [later, cit, hold]);
    const citation = merged.graph.node('pos-no')!.citations[0]!;
    // The first approved suggestion wins; the later one waits for the editors.
    expect(citation).toEqual({ source: 'src-article', pinpoint: { kind: 'paragraph', value: '42', seenAt: 'https://example.org/full-text' } });
    expect(merged.community.get(citationPinpointKey('pos-no', 0))).toMatchObject({ contributionId: cit.id, contributor: 'Ada', approvedBy: 'mod@example.org', statusUrl: `/contributions/${cit.id}` });
    const holding = merged.holdings.find((h) => h.id === 'h-test')!;
    expect(holding.pinpoint).toEqual({ kind: 'page', value: '7', seenAt: 'https://example.org/full-text' });
    expect(holding.unpinned).toBeUndefined();
    expect(merged.community.get(holdingPinpointKey('h-test'))?.contributionId).toBe(hold.id);
    expect(JSON.stringify(merged)).not.toContain('ada@example.org');
    expect(corpus.graph.node('pos-no')!.citations[0]!.pinpoint).toBeUndefined();
    expect(merged.nodes).toHaveLength(corpus.nodes.length);
  });

  it('never overrides a curated pinpoint, and keeps proposed rulings out of the map', () => {
    const stale = approved('d'.repeat(24), { ...valid(pinpointBody()), target: 'pos-yes' } as AnySubmission);
    const ruling = approved('e'.repeat(24), valid(rulingBody()));
    const merged = mergeApproved(corpus, [stale, ruling]);
    expect(merged.graph.node('pos-yes')!.citations[0]!.pinpoint).toEqual({ kind: 'paragraph', value: '119' });
    expect(merged.sources).toHaveLength(corpus.sources.length);
    expect(merged.holdings).toHaveLength(corpus.holdings.length);
    expect(merged.community.size).toBe(0);
  });

  it('exports a pinpoint for the curators, and a ruling as a source record and a holding in the corpus shapes', () => {
    const pin = approved('a'.repeat(24), valid(pinpointBody()));
    const ruling = approved('e'.repeat(24), valid(rulingBody({ disposition: 'other', dispositionNote: 'revision against the conviction' })));
    const [p, r] = proposalsFor(corpus, [pin, ruling]);
    expect(p!.pinpoint).toEqual({ target: 'pos-no', citation: 0, pinpoint: { kind: 'paragraph', value: '42', seenAt: 'https://example.org/full-text' }, excerpt: 'the words the reader found at paragraph 42' });
    expect(p!.provenance.contributionId).toBe(pin.id);
    expect(r!.sources).toEqual([
      expect.objectContaining({
        id: rulingSourceId(ruling.id),
        type: 'decision',
        court: 'de-bgh',
        jurisdiction: 'DE',
        date: '2025-03-04',
        identifiers: expect.objectContaining({ ecli: 'ECLI:DE:BGH:2025:040325B5STR1.25.0', caseNumbers: ['5 StR 1/25'] }),
        verification: expect.objectContaining({ status: 'unverified', seenAt: ['https://example.org/ruling'] }),
      }),
    ]);
    expect(r!.holding).toMatchObject({
      id: rulingHoldingId(ruling.id),
      source: rulingSourceId(ruling.id),
      question: 'q-test',
      court: 'de-bgh',
      jurisdiction: 'DE',
      answer,
      disposition: 'other',
      dispositionNote: 'revision against the conviction',
      unpinned: PROPOSED_UNPINNED,
    });
    expect(r!.provenance.statusUrl).toBe(`/contributions/${ruling.id}`);
  });
});

describe('approved pinpoints in the feeds', () => {
  it('are listed as pinpoints on their citation or holding, in the feed of their question, and parse', () => {
    const cit = approved('a'.repeat(24), valid(pinpointBody()));
    const hold = approved('b'.repeat(24), valid(pinpointBody({ target: 'h-test', citation: undefined, pinpoint: { kind: 'page', value: '7' } })));
    const f = buildFeed(mergeApproved(corpus, [cit, hold]), { kind: 'question', id: 'q-test' }, 'https://admissible.test');
    const pins = f.entries.filter((e) => e.title.startsWith('Pinpoint supplied'));
    expect(pins.map((e) => e.title).sort()).toEqual(['Pinpoint supplied: p 7 in Test judgment', 'Pinpoint supplied: para 42 in Test article'].sort());
    expect(pins.map((e) => e.link).sort()).toEqual(['https://admissible.test/node/pos-no', 'https://admissible.test/questions/q-test#h-test']);
    expect(parseFeed(renderAtom(f)).items).toHaveLength(f.entries.length);
  });
});

describe.each(backends)('suggestions through the API and the store on $name', (backend) => {
  const config: SubmitConfig = { perClient: { max: 1e9, windowSeconds: 60 }, global: { max: 1e9, windowSeconds: 60 }, maxBodyBytes: 32 * 1024, trustedProxyHops: 0 };
  const post = (body: unknown) =>
    new Request('http://127.0.0.1:3000/api/contributions', { method: 'POST', body: JSON.stringify(body), headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' } });

  it('stores both kinds in the same table, queue and audit log; a bad one is a 400 naming the field and stores nothing', async () => {
    const store = await backend.open();
    const bad = await handleContributionPost(post(pinpointBody({ seenAt: 'ftp://x' })), { store, map, config });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([{ field: 'seenAt', message: expect.stringContaining('URL') }]);
    const missing = await handleContributionPost(post(rulingBody({ answer: undefined })), { store, map, config });
    expect((await missing.json()).errors.map((e: { field: string }) => e.field)).toEqual(['answer']);
    expect(await listContributions(store)).toHaveLength(0);

    const pin = await handleContributionPost(post(pinpointBody()), { store, map, config });
    expect(pin.status).toBe(201);
    const ruling = await handleContributionPost(post(rulingBody()), { store, map, config });
    expect(ruling.status).toBe(201);
    const pinId = (await pin.json()).id as string;
    const rulingId = (await ruling.json()).id as string;
    const queue = await listContributions(store, { status: 'pending', oldestFirst: true });
    expect(queue.map((c) => [c.id, c.kind, c.relation, c.target])).toEqual([
      [pinId, 'pinpoint', 'pinpoints', 'pos-no'],
      [rulingId, 'ruling', 'proposes', 'q-test'],
    ]);
    await decideContribution(store, pinId, 'mod@example.org', { action: 'approve' }, new Date('2026-02-01T00:00:00Z'));
    const audit = await readAudit(store.db, { contributionId: pinId });
    expect(audit.map((a) => a.action).sort()).toEqual(['approve', 'submit']);
    const stored = await getContribution(store, pinId);
    expect(stored?.submission).toMatchObject({ kind: 'pinpoint', pinpoint: { kind: 'paragraph', value: '42' } });
    const merged = mergeApproved(corpus, await listContributions(store, { status: 'approved' }));
    expect(merged.graph.node('pos-no')!.citations[0]!.pinpoint?.value).toBe('42');
  });
});
