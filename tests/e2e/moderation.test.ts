/**
 * Moderation over real HTTP: every moderation route refuses a missing session, an expired one and
 * a forged cookie (and changes nothing); cross-origin form posts are refused; the session cookie
 * has the right attributes; approve / reject / edit-then-approve work and are audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { addModerator, login } from '@/lib/store/moderators';
import { getContribution } from '@/lib/store/contributions';
import type { Submission } from '@/lib/store/rules';
import { readAudit } from '@/lib/store/audit';
import { SESSION_COOKIE } from '@/lib/store/moderators';
import { startStoreServer, signIn, type StoreServer } from '../support/store-server';
import { validBody } from '../support/contribution';

const corpus = indexCorpus(loadCorpus());
const PASSWORD = 'a moderator password for tests';
let s: StoreServer;

beforeAll(async () => {
  s = await startStoreServer();
  await addModerator(s.store, 'mod@example.org', PASSWORD, new Date());
});
afterAll(async () => {
  await s?.stop();
});

async function submit(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${s.url}/api/contributions`, { method: 'POST', headers: { origin: s.url, 'content-type': 'application/json' }, body: JSON.stringify(validBody(corpus, overrides)) });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

function form(cookie: string | undefined, body: Record<string, string>, origin = s.url) {
  return {
    method: 'POST',
    redirect: 'manual' as const,
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(body),
  };
}

describe('moderation authorization', () => {
  it('every moderation route refuses a missing, an expired and a forged session, and changes nothing', async () => {
    const id = await submit();
    const expired = await login(s.store, 'mod@example.org', PASSWORD, new Date(Date.now() - 3600_000), 60);
    const bad: Record<string, string | undefined> = {
      missing: undefined,
      expired: `${SESSION_COOKIE}=${expired!.token}`,
      forged: `${SESSION_COOKIE}=${randomBytes(32).toString('base64url')}`,
      garbage: `${SESSION_COOKIE}=%E0%A4%A`,
    };
    for (const [label, cookie] of Object.entries(bad)) {
      const headers = cookie ? { cookie } : undefined;
      const queue = await fetch(`${s.url}/moderate`, { headers });
      expect(queue.status, label).toBe(200);
      const html = await queue.text();
      expect(html, label).toContain('Sign in');
      expect(html, label).not.toContain(id);
      const audit = await fetch(`${s.url}/moderate/audit`, { headers, redirect: 'manual' });
      expect([303, 307, 308], label).toContain(audit.status);
      expect(audit.headers.get('location'), label).toMatch(/\/moderate$/);
      const actions: Record<string, string>[] = [{ action: 'approve' }, { action: 'reject', reason: 'not allowed' }, { action: 'edit-approve', title: 'Edited title', text: 'An edited text of enough length.' }];
      for (const action of actions) {
        const res = await fetch(`${s.url}/api/moderate/contributions/${id}`, form(cookie, action));
        expect(res.status, `${label} ${action.action}`).toBe(401);
      }
      expect((await fetch(`${s.url}/api/moderate/logout`, form(cookie, {}))).status, label).toBe(401);
    }
    expect((await getContribution(s.store, id))?.status).toBe('pending');
    expect((await readAudit(s.store.db, { contributionId: id })).map((a) => a.action)).toEqual(['submit']);
  });

  it('refuses cross-origin and origin-less form posts even with a valid session', async () => {
    const id = await submit();
    const { cookie } = await signIn(s.url, 'mod@example.org', PASSWORD);
    expect((await fetch(`${s.url}/api/moderate/contributions/${id}`, form(cookie, { action: 'approve' }, 'https://evil.example'))).status).toBe(403);
    const noOrigin = await fetch(`${s.url}/api/moderate/contributions/${id}`, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=approve' });
    expect(noOrigin.status).toBe(403);
    expect((await fetch(`${s.url}/api/moderate/login`, form(undefined, { email: 'mod@example.org', password: PASSWORD }, 'https://evil.example'))).status).toBe(403);
    expect((await getContribution(s.store, id))?.status).toBe('pending');
  });

  it('sets an HttpOnly, SameSite=Lax, Secure session cookie that expires, and wrong passwords get none', async () => {
    const { setCookie } = await signIn(s.url, 'MOD@example.org', PASSWORD);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/Max-Age=\d+/);
    const wrong = await fetch(`${s.url}/api/moderate/login`, form(undefined, { email: 'mod@example.org', password: 'wrong password!!' }));
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('approves, rejects with a reason, edits then approves, signs out; all audited', async () => {
    const REJECTED_TEXT = 'A rejected contribution whose text must not stay published.';
    const REJECTED_URL = 'https://example.org/a-link-in-a-rejected-contribution';
    const PENDING_TEXT = 'A pending contribution, shown to whoever has its link.';
    const rejectedSource = { title: 'A linked page', url: REJECTED_URL, date: '2024', type: 'news', jurisdiction: corpus.jurisdictions[0]!.code, pinpoint: { kind: 'page', value: '1' } };
    const [a, b, c, d] = [await submit(), await submit({ text: REJECTED_TEXT, sources: [rejectedSource] }), await submit(), await submit({ text: PENDING_TEXT })];
    const { cookie } = await signIn(s.url, 'mod@example.org', PASSWORD);
    expect((await fetch(`${s.url}/api/moderate/contributions/${a}`, form(cookie, { action: 'approve' }))).status).toBe(303);
    const noReason = await fetch(`${s.url}/api/moderate/contributions/${b}`, form(cookie, { action: 'reject', reason: '' }));
    expect(noReason.headers.get('location')).toContain('reason-required');
    expect((await fetch(`${s.url}/api/moderate/contributions/${b}`, form(cookie, { action: 'reject', reason: 'The cited paragraph says otherwise.' }))).status).toBe(303);
    // A malformed pinpoint is refused with a notice, and nothing is decided.
    const badEdit = await fetch(`${s.url}/api/moderate/contributions/${c}`, form(cookie, { action: 'edit-approve', title: 'A moderated title', text: 'A moderated text, long enough.', 'source.0.pinpointKind': 'paragraph', 'source.0.pinpointValue': 'see para 12!' }));
    expect(badEdit.headers.get('location')).toContain('edit-invalid');
    expect(await getContribution(s.store, c)).toMatchObject({ status: 'pending' });
    const edit = { action: 'edit-approve', title: 'A moderated title', text: 'A moderated text, long enough.', 'source.0.pinpointKind': 'paragraph', 'source.0.pinpointValue': '71-75' };
    expect((await fetch(`${s.url}/api/moderate/contributions/${c}`, form(cookie, edit))).status).toBe(303);
    expect(await getContribution(s.store, a)).toMatchObject({ status: 'approved', decidedBy: 'mod@example.org' });
    expect(await getContribution(s.store, b)).toMatchObject({ status: 'rejected', reason: 'The cited paragraph says otherwise.' });
    expect(((await getContribution(s.store, c))?.submission as Submission).title).toBe('A moderated title');
    expect(((await getContribution(s.store, c))?.submission as Submission).sources[0]?.pinpoint).toEqual({ kind: 'paragraph', value: '71-75' });
    const status = await (await fetch(`${s.url}/api/contributions/${b}`)).json();
    expect(status).toMatchObject({ status: 'rejected', reason: 'The cited paragraph says otherwise.' });
    expect(status.submission).toBeUndefined();
    // The rejected one's page gives its status, date and reason, never its text or links; a pending one's still shows its text.
    const rejectedPage = await (await fetch(`${s.url}/contributions/${b}`)).text();
    expect(rejectedPage).toContain('The cited paragraph says otherwise.');
    expect(rejectedPage).toContain(new Date().toISOString().slice(0, 10));
    expect(rejectedPage).not.toContain(REJECTED_TEXT);
    expect(rejectedPage).not.toContain(REJECTED_URL);
    expect(JSON.stringify(status)).not.toContain(REJECTED_URL);
    const pendingPage = await (await fetch(`${s.url}/contributions/${d}`)).text();
    expect(pendingPage).toContain(PENDING_TEXT);
    expect(pendingPage).toMatch(/<meta name="robots" content="noindex/);
    const community = await (await fetch(`${s.url}/api/community?target=${encodeURIComponent(corpus.nodes.find((n) => n.kind === 'position')!.id)}`)).json();
    // The community view is cached for a few seconds; the approved contributions appear once it refreshes.
    expect(Array.isArray(community.items)).toBe(true);
    expect((await fetch(`${s.url}/api/moderate/logout`, form(cookie, {}))).status).toBe(303);
    expect((await fetch(`${s.url}/api/moderate/contributions/${b}`, form(cookie, { action: 'approve' }))).status).toBe(401);
    const actions = (await readAudit(s.store.db)).map((x) => `${x.action}:${x.contributionId ?? ''}`);
    expect(actions).toEqual(expect.arrayContaining([`approve:${a}`, `reject:${b}`, `edit-approve:${c}`, 'logout:']));
  });
});
