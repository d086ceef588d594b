import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { backends, cleanupStores } from '../../support/stores';
import { countContributions, decideContribution, getContribution, listContributions, submitContribution, DecisionError } from '@/lib/store/contributions';
import { readAudit } from '@/lib/store/audit';
import { validateContribution, type Submission } from '@/lib/store/rules';
import { mapLookup } from '@/lib/store/community';
import { indexCorpus } from '@/lib/data/corpus';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { validBody } from '../../support/contribution';

const corpus = indexCorpus(validateCorpus(fixtureFiles()));
const submission = (overrides: Record<string, unknown> = {}): Submission => {
  const r = validateContribution(validBody(corpus, overrides), mapLookup(corpus));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const t0 = new Date('2026-01-02T03:04:05.000Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

afterAll(cleanupStores);

describe.each(backends)('contributions on $name', (backend) => {
  it('withdraws only an approved contribution: it becomes rejected with the reason, audited', async () => {
    const store = await backend.open();
    const c = await submitContribution(store, submission(), t0);
    await expect(decideContribution(store, c.id, 'mod@example.org', { action: 'withdraw', reason: 'not yet approved' }, later(1))).rejects.toThrow(DecisionError);
    await decideContribution(store, c.id, 'mod@example.org', { action: 'approve' }, later(2));
    const withdrawn = await decideContribution(store, c.id, 'mod@example.org', { action: 'withdraw', reason: 'The source was misread.' }, later(3));
    expect(withdrawn).toMatchObject({ status: 'rejected', reason: 'The source was misread.' });
    expect((await readAudit(store.db, { contributionId: c.id })).map((a) => a.action)).toEqual(['withdraw', 'approve', 'submit']);
  });

  it('reads rows stored before the Unicode checks as displayable text (no lone surrogates, no invisible characters)', async () => {
    const store = await backend.open();
    const c = await submitContribution(store, submission(), t0);
    // As an older version stored it: JSON.stringify writes a lone surrogate as the escape \ud800.
    const raw = JSON.stringify({ ...submission(), title: 'Old \ud800 title', text: 'An old text with a hidden\u200b space and \u202e reversal.' });
    await store.db.updateTable('contributions').set({ submission: raw }).where('id', '=', c.id).execute();
    const read = await getContribution(store, c.id);
    const shown = read!.submission as Submission;
    expect(shown.title).toBe('Old \ufffd title');
    expect(shown.text).toBe('An old text with a hidden space and  reversal.');
  });

  it('stores a submission as pending with an unguessable id and an audit entry', async () => {
    const store = await backend.open();
    const c = await submitContribution(store, submission(), t0);
    expect(c.id).toMatch(/^[0-9a-f]{24}$/);
    const read = await getContribution(store, c.id);
    expect(read).toMatchObject({ status: 'pending', target: c.target, createdAt: t0.toISOString() });
    expect((read?.submission as Submission).text).toBe('A synthetic argument submitted by the test suite.');
    expect(await countContributions(store)).toBe(1);
    const audit = await readAudit(store.db, { contributionId: c.id });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([['public', 'submit']]);
    // The entry holds the record as stored, in the same shape as a decision's before and after.
    expect(audit[0]!.before).toBeNull();
    expect(audit[0]!.after).toEqual({ status: 'pending', relation: 'supports', reason: null, submission: JSON.parse(JSON.stringify(read!.submission)) });
    expect(await getContribution(store, 'not-an-id')).toBeUndefined();
  });

  it('approves, rejects with a reason, and edits then approves, logging before and after', async () => {
    const store = await backend.open();
    const a = await submitContribution(store, submission(), t0);
    const b = await submitContribution(store, submission(), later(1));
    const c = await submitContribution(store, submission(), later(2));
    expect((await listContributions(store, { status: 'pending', oldestFirst: true })).map((x) => x.id)).toEqual([a.id, b.id, c.id]);

    await decideContribution(store, a.id, 'mod@example.org', { action: 'approve' }, later(10));
    await decideContribution(store, b.id, 'mod@example.org', { action: 'reject', reason: 'No source supports it.' }, later(11));
    const edited = { ...(c.submission as Submission), text: 'An edited synthetic argument from the test suite.' };
    await decideContribution(store, c.id, 'mod@example.org', { action: 'edit-approve', submission: edited }, later(12));

    expect(await getContribution(store, a.id)).toMatchObject({ status: 'approved', decidedBy: 'mod@example.org', decidedAt: later(10).toISOString() });
    expect(await getContribution(store, b.id)).toMatchObject({ status: 'rejected', reason: 'No source supports it.' });
    expect(((await getContribution(store, c.id))?.submission as Submission).text).toBe('An edited synthetic argument from the test suite.');

    const [entry] = await readAudit(store.db, { contributionId: c.id });
    expect(entry).toMatchObject({ actor: 'mod@example.org', action: 'edit-approve', at: later(12).toISOString() });
    expect((entry!.before as any).submission.text).toBe('A synthetic argument submitted by the test suite.');
    expect((entry!.after as any).submission.text).toBe('An edited synthetic argument from the test suite.');
    expect((entry!.before as any).status).toBe('pending');
    expect((entry!.after as any).status).toBe('approved');
  });

  it('refuses to decide twice, to decide a missing contribution, or to change its target by editing', async () => {
    const store = await backend.open();
    const a = await submitContribution(store, submission(), t0);
    await expect(decideContribution(store, 'f'.repeat(24), 'm@example.org', { action: 'approve' }, t0)).rejects.toMatchObject({ code: 'not-found' });
    await expect(decideContribution(store, a.id, 'm@example.org', { action: 'edit-approve', submission: { ...(a.submission as Submission), target: 'pos-no' } }, t0)).rejects.toBeInstanceOf(DecisionError);
    await decideContribution(store, a.id, 'm@example.org', { action: 'approve' }, t0);
    await expect(decideContribution(store, a.id, 'm@example.org', { action: 'reject', reason: 'x' }, t0)).rejects.toMatchObject({ code: 'already-decided' });
  });

  it('keeps the audit log append-only and contributions undeletable in the database itself', async () => {
    const store = await backend.open();
    const a = await submitContribution(store, submission(), t0);
    await expect(store.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('contributions').where('id', '=', a.id).execute()).rejects.toThrow(/never deleted|append-only/);
    expect(await countContributions(store)).toBe(1);
  });

  it('accepts concurrent submissions without losing any', async () => {
    const store = await backend.open();
    await Promise.all(Array.from({ length: 50 }, (_, i) => submitContribution(store, submission(), later(i))));
    expect(await countContributions(store)).toBe(50);
    const n = await sql<{ n: number | string }>`select count(*) as n from audit_log`.execute(store.db);
    expect(Number(n.rows[0]!.n)).toBe(50);
  });
});
