import { afterAll, describe, expect, it } from 'vitest';
import { formToBody, handleContributionForm, loadDraft } from '@/lib/store/form-http';
import { getContribution, listContributions } from '@/lib/store/contributions';
import { mapLookup } from '@/lib/store/community';
import type { SubmitConfig } from '@/lib/store/http';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { backends, cleanupStores } from '../../support/stores';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const map = mapLookup(corpus);
const ORIGIN = 'http://127.0.0.1:3000';
const config: SubmitConfig = { perClient: { max: 1e9, windowSeconds: 60 }, global: { max: 1e9, windowSeconds: 60 }, maxBodyBytes: 32 * 1024, trustedProxyHops: 0 };
const actorOf = (id: string) => corpus.actorById.get(id);

/** The contribution form as a browser without JavaScript posts it. */
const argumentForm = (overrides: Record<string, string | undefined> = {}) => {
  const fields: Record<string, string | undefined> = {
    form: 'contribution',
    target: 'pos-yes',
    kind: 'argument',
    relation: 'supports',
    title: 'A form-posted argument',
    text: 'An argument posted as a plain HTML form.',
    'advancedBy.actor': '',
    'advancedBy.name': 'A scholar',
    'advancedBy.kind': 'scholar',
    'sources.0.mode': 'existing',
    'sources.0.existing': 'src-judgment',
    'sources.0.title': '',
    'sources.0.url': '',
    'sources.0.pinpoint.kind': 'paragraph',
    'sources.0.pinpoint.value': '12',
    coi: 'none',
    'conflictOfInterest.details': '',
    'contributor.name': '',
    'contributor.email': '',
    website: '',
    licence: 'yes',
    ...overrides,
  };
  return new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
};

const post = (body: URLSearchParams | string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/contribute/submit`, { method: 'POST', body, headers: { host: '127.0.0.1:3000', origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers } });

afterAll(cleanupStores);

describe('formToBody', () => {
  it('turns the contribution form into the API body, leaving out what was left blank', () => {
    expect(formToBody(argumentForm())).toEqual({
      target: 'pos-yes',
      kind: 'argument',
      relation: 'supports',
      title: 'A form-posted argument',
      text: 'An argument posted as a plain HTML form.',
      advancedBy: { kind: 'scholar', name: 'A scholar' },
      sources: [{ existing: 'src-judgment', pinpoint: { kind: 'paragraph', value: '12' } }],
      licence: true,
      conflictOfInterest: { declared: false },
      website: '',
    });
  });

  it('takes a chosen actor from the map, and no conflict choice or licence as missing', () => {
    const body = formToBody(argumentForm({ 'advancedBy.actor': 'court-cjeu', coi: undefined, licence: undefined }), actorOf) as Record<string, unknown>;
    expect(body.advancedBy).toEqual({ kind: 'court', name: corpus.actorById.get('court-cjeu')!.name, actor: 'court-cjeu' });
    expect(body.conflictOfInterest).toEqual({});
    expect(body.licence).toBe(false);
  });

  it('reads the pinpoint and ruling forms, case numbers one per line', () => {
    const pin = new URLSearchParams({ form: 'pinpoint', target: 'pos-no', citation: '0', 'pinpoint.kind': 'page', 'pinpoint.value': '3', excerpt: 'words', seenAt: 'https://example.org/x', coi: 'none', licence: 'yes', website: '' });
    expect(formToBody(pin)).toMatchObject({ kind: 'pinpoint', target: 'pos-no', citation: 0, pinpoint: { kind: 'page', value: '3' } });
    const ruling = new URLSearchParams({ form: 'ruling', target: 'q-test', 'identifiers.caseNumbers': '1 StR 1/25\r\n\r\n 2 StR 2/25 ', 'identifiers.ecli': '', notReached: '  ' });
    const body = formToBody(ruling) as Record<string, unknown>;
    expect(body.identifiers).toEqual({ caseNumbers: ['1 StR 1/25', '2 StR 2/25'] });
    expect('notReached' in body).toBe(false);
  });
});

describe.each(backends)('the contribution form post on $name', (backend) => {
  it('refuses a cross-origin or origin-less post and a non-form body, storing nothing', async () => {
    const store = await backend.open();
    const deps = { store, map, config, actorOf };
    expect((await handleContributionForm(post(argumentForm(), { origin: 'https://evil.example' }), deps)).status).toBe(403);
    expect((await handleContributionForm(post(argumentForm(), { 'sec-fetch-site': 'cross-site' }), deps)).status).toBe(403);
    const bare = new Request(`${ORIGIN}/contribute/submit`, { method: 'POST', body: argumentForm(), headers: { host: '127.0.0.1:3000', 'content-type': 'application/x-www-form-urlencoded' } });
    expect((await handleContributionForm(bare, deps)).status).toBe(403);
    expect((await handleContributionForm(post('{}', { 'content-type': 'application/json' }), deps)).status).toBe(415);
    expect((await handleContributionForm(post(new URLSearchParams({ text: 'x'.repeat(40_000) })), deps)).status).toBe(413);
    expect(await listContributions(store)).toHaveLength(0);
  });

  it('sends a refused form back to /contribute with what was typed and the errors; a corrected one to its status page', async () => {
    const store = await backend.open();
    const deps = { store, map, config, actorOf };
    const refused = await handleContributionForm(post(argumentForm({ text: '', 'contributor.email': 'me@example.org' })), deps);
    expect(refused.status).toBe(303);
    const location = refused.headers.get('location')!;
    expect(location).toMatch(/^\/contribute\?draft=[0-9a-f]{24}#errors$/);
    // Nothing typed goes into the URL.
    expect(location).not.toContain('example.org');
    const draft = await loadDraft(store, new URL(location, ORIGIN).searchParams.get('draft')!, new Date());
    expect(draft?.errors.map((e) => e.field)).toEqual(['text']);
    expect(new Map(draft!.fields).get('title')).toBe('A form-posted argument');
    expect(new Map(draft!.fields).get('contributor.email')).toBe('me@example.org');
    expect(await listContributions(store)).toHaveLength(0);
    // A draft lasts an hour, and an id that is not one is no draft.
    expect(await loadDraft(store, new URL(location, ORIGIN).searchParams.get('draft')!, new Date(Date.now() + 2 * 3600_000))).toBeUndefined();
    expect(await loadDraft(store, "x' or 1=1 --", new Date())).toBeUndefined();

    const accepted = await handleContributionForm(post(argumentForm()), deps);
    expect(accepted.status).toBe(303);
    const id = accepted.headers.get('location')!.replace('/contributions/', '');
    expect(await getContribution(store, id)).toMatchObject({ status: 'pending', kind: 'argument', submission: { title: 'A form-posted argument', conflictOfInterest: { declared: false } } });
  });

  it('takes the pinpoint form the same way', async () => {
    const store = await backend.open();
    const form = new URLSearchParams({ form: 'pinpoint', target: 'pos-no', citation: '0', 'pinpoint.kind': 'paragraph', 'pinpoint.value': '', excerpt: 'the words', seenAt: 'https://example.org/x', coi: 'none', licence: 'yes', website: '' });
    const refused = await handleContributionForm(post(form), { store, map, config });
    const draft = await loadDraft(store, new URL(refused.headers.get('location')!, ORIGIN).searchParams.get('draft')!, new Date());
    expect(draft?.errors.map((e) => e.field)).toEqual(['pinpoint.value']);
    form.set('pinpoint.value', '42');
    const accepted = await handleContributionForm(post(form), { store, map, config });
    expect(accepted.headers.get('location')).toMatch(/^\/contributions\/[0-9a-f]{24}$/);
  });
});
