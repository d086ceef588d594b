import { afterAll, describe, expect, it } from 'vitest';
import { editedSubmission, handleLogin, LOGIN_LIMITS, type LoginLimits, type ModerationDeps } from '@/lib/store/moderation-http';
import { validateContribution, type Submission } from '@/lib/store/rules';
import { addModerator } from '@/lib/store/moderators';
import { readAudit } from '@/lib/store/audit';
import { mapLookup } from '@/lib/store/community';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';
import { cleanupStores, sqliteBackend } from '../../support/stores';

const map = mapLookup(indexCorpus(validateCorpus(fixtureFiles())));
const ORIGIN = 'http://127.0.0.1:3000';
const PASSWORD = 'a moderator password for tests';
const wide = { max: 1e9, windowSeconds: 900 };

afterAll(cleanupStores);

async function setup(loginLimits: LoginLimits, trustedProxyHops = 1): Promise<ModerationDeps> {
  const store = await sqliteBackend.open();
  await addModerator(store, 'mod@example.org', PASSWORD, new Date());
  return { store, map, secureCookies: false, trustedProxyHops, loginLimits };
}

function loginRequest(fields: Record<string, string>, headers: Record<string, string> = {}, body?: BodyInit) {
  return new Request(`${ORIGIN}/api/moderate/login`, {
    method: 'POST',
    body: body ?? new URLSearchParams(fields).toString(),
    headers: { host: '127.0.0.1:3000', origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

const failedSignIns = async (deps: ModerationDeps) => (await readAudit(deps.store.db, { limit: 10_000 })).filter((a) => a.action === 'login-failed').length;

describe('POST /api/moderate/login handler', () => {
  it('signs in with the right password and fails with a wrong one', async () => {
    const deps = await setup(LOGIN_LIMITS);
    const ok = await handleLogin(loginRequest({ email: 'MOD@example.org', password: PASSWORD }), deps);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('set-cookie')).toMatch(/^admissible_session=/);
    const wrong = await handleLogin(loginRequest({ email: 'mod@example.org', password: 'wrong' }), deps);
    expect(wrong.headers.get('location')).toBe('/moderate?notice=login-failed');
    expect(await failedSignIns(deps)).toBe(1);
  });

  it('with no trusted proxy, forged X-Forwarded-For values share one per-client bucket', async () => {
    const deps = await setup({ perClient: { max: 3, windowSeconds: 900 }, perEmail: wide, global: wide }, 0);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await handleLogin(loginRequest({ email: `x${i}@example.org`, password: 'guess' }, { 'x-forwarded-for': `198.51.100.${i}` }), deps)).status);
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
  });

  it('a flood from one client, on any account, does not keep a moderator on another client out', async () => {
    const deps: ModerationDeps = { ...(await setup(LOGIN_LIMITS, 0)), peerHeader: 'x-admissible-peer' };
    const from = (address: string, password: string) => handleLogin(loginRequest({ email: 'mod@example.org', password }, { 'x-admissible-peer': address }), deps);
    const flood = [];
    for (let i = 0; i < 200; i++) flood.push((await from('127.0.0.1', `guess ${i}`)).status);
    expect(flood.filter((s) => s === 429).length).toBeGreaterThan(180);
    const moderator = await from('127.0.0.2', PASSWORD);
    expect(moderator.status).toBe(303);
    expect(moderator.headers.get('set-cookie')).toMatch(/^admissible_session=/);
  });

  it('backs off per account and client: after three failures each attempt waits twice as long; success clears it', async () => {
    let nowMs = Date.UTC(2026, 0, 1, 12);
    const deps: ModerationDeps = { ...(await setup({ perClient: wide, perEmail: wide, global: wide }, 0)), peerHeader: 'x-admissible-peer', now: () => new Date(nowMs) };
    const attempt = (password: string, address = '127.0.0.1') => handleLogin(loginRequest({ email: 'mod@example.org', password }, { 'x-admissible-peer': address }), deps);
    for (let i = 0; i < 3; i++) expect((await attempt('wrong')).status).toBe(303);
    const waiting = await attempt(PASSWORD);
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get('retry-after')).toBe('1');
    nowMs += 1000;
    expect((await attempt('wrong')).status).toBe(303);
    expect((await attempt('wrong')).headers.get('retry-after')).toBe('2');
    // Another client is not kept waiting for this one's failures.
    expect((await attempt(PASSWORD, '127.0.0.2')).headers.get('set-cookie')).toMatch(/^admissible_session=/);
    nowMs += 2000;
    expect((await attempt(PASSWORD)).headers.get('set-cookie')).toMatch(/^admissible_session=/);
    expect((await attempt('wrong')).status).toBe(303);
    expect((await attempt('wrong')).status).toBe(303);
  });

  it('limits sign-ins per email across many clients; refused attempts write no audit row', async () => {
    const deps = await setup({ perClient: wide, perEmail: { max: 3, windowSeconds: 900 }, global: wide });
    const statuses = [];
    // One address per attempt: the per-client limit never bites, the per-email one must.
    for (let i = 0; i < 6; i++) statuses.push((await handleLogin(loginRequest({ email: i % 2 ? 'Mod@Example.org' : 'mod@example.org', password: `guess ${i}` }, { 'x-forwarded-for': `203.0.113.${i}` }), deps)).status);
    expect(statuses).toEqual([303, 303, 303, 429, 429, 429]);
    const refused = await handleLogin(loginRequest({ email: 'mod@example.org', password: PASSWORD }, { 'x-forwarded-for': '203.0.113.99' }), deps);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(await failedSignIns(deps)).toBe(3);
    // Another account is not affected.
    expect((await handleLogin(loginRequest({ email: 'other@example.org', password: 'guess' }, { 'x-forwarded-for': '203.0.113.100' }), deps)).status).toBe(303);
  });

  it('limits all sign-ins together, whatever the client and email; refused attempts write no audit row', async () => {
    const deps = await setup({ perClient: wide, perEmail: wide, global: { max: 4, windowSeconds: 900 } });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await handleLogin(loginRequest({ email: `user${i}@example.org`, password: 'guess' }, { 'x-forwarded-for': `192.0.2.${i}` }), deps)).status);
    expect(statuses).toEqual([303, 303, 303, 303, 429, 429, 429, 429]);
    expect(await failedSignIns(deps)).toBe(4);
  });

  it('refuses a chunked oversize form with 413 without reading it whole, and any non-urlencoded form with 415', async () => {
    const deps = await setup(LOGIN_LIMITS);
    let pulled = 0;
    const chunk = new TextEncoder().encode('email=' + 'a'.repeat(64 * 1024 - 6));
    const total = 60 * 1024 * 1024;
    // No Content-Length: the body arrives in chunks as it is pulled.
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pulled >= total) return c.close();
        pulled += chunk.byteLength;
        c.enqueue(chunk);
      },
    });
    const res = await handleLogin(loginRequest({}, {}, stream), deps);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(1024 * 1024);
    const multipart = new FormData();
    multipart.set('email', 'mod@example.org');
    multipart.set('password', PASSWORD);
    const mp = new Request(`${ORIGIN}/api/moderate/login`, { method: 'POST', body: multipart, headers: { host: '127.0.0.1:3000', origin: ORIGIN } });
    expect((await handleLogin(mp, deps)).status).toBe(415);
  });
});

describe('editedSubmission (edit, then approve)', () => {
  const corpus = indexCorpus(validateCorpus(fixtureFiles()));
  const [first, second] = corpus.sources;
  const checkedSubmission = validateContribution(validBody(corpus, { sources: [{ existing: first!.id, pinpoint: { kind: 'paragraph', value: '12' } }, { existing: second!.id }] }), map);
  if (!checkedSubmission.ok) throw new Error('the test submission should be valid');
  const submission: Submission = checkedSubmission.value;
  const fields = (entries: Record<string, string>) => new URLSearchParams({ title: submission.title ?? '', text: submission.text, ...entries });

  it("changes a source's pinpoint, adds one, and removes one with an empty value; other sources stay as submitted", () => {
    const changed = editedSubmission(submission, fields({ 'source.0.pinpointKind': 'paragraph', 'source.0.pinpointValue': ' 71-75 ', 'source.1.pinpointKind': 'page', 'source.1.pinpointValue': '3' })) as Submission;
    expect(changed.sources).toEqual([
      { existing: first!.id, pinpoint: { kind: 'paragraph', value: '71-75' } },
      { existing: second!.id, pinpoint: { kind: 'page', value: '3' } },
    ]);
    expect(validateContribution(changed, map).ok).toBe(true);
    const removed = editedSubmission(submission, fields({ 'source.0.pinpointKind': 'paragraph', 'source.0.pinpointValue': '' })) as Submission;
    expect(removed.sources).toEqual([{ existing: first!.id }, { existing: second!.id }]);
    expect(validateContribution(removed, map).ok).toBe(true);
  });

  it('leaves what the form did not send, and the rules refuse a malformed pinpoint', () => {
    expect((editedSubmission(submission, fields({})) as Submission).sources).toEqual(submission.sources);
    const bad = editedSubmission(submission, fields({ 'source.0.pinpointKind': 'paragraph', 'source.0.pinpointValue': 'see para 12!' }));
    const checked = validateContribution(bad, map);
    expect(checked.ok).toBe(false);
    const unknownKind = editedSubmission(submission, fields({ 'source.0.pinpointKind': 'chapter', 'source.0.pinpointValue': '2' }));
    expect(validateContribution(unknownKind, map).ok).toBe(false);
  });
});
