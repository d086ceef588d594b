import { afterAll, describe, expect, it } from 'vitest';
import { backends, cleanupStores } from '../../support/stores';
import { addModerator, listModerators, login, logout, moderatorForToken } from '@/lib/store/moderators';
import { readAudit } from '@/lib/store/audit';

const t0 = new Date('2026-01-02T03:04:05.000Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const PASSWORD = 'correct horse battery staple';

afterAll(cleanupStores);

describe.each(backends)('moderators on $name', (backend) => {
  it('adds a moderator with a hashed password, once per email', async () => {
    const store = await backend.open();
    const m = await addModerator(store, ' Mod@Example.org ', PASSWORD, t0);
    expect(m.email).toBe('mod@example.org');
    const row = await store.db.selectFrom('moderators').selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    await expect(addModerator(store, 'mod@example.org', PASSWORD, t0)).rejects.toThrow(/already exists/);
    await expect(addModerator(store, 'other@example.org', 'short', t0)).rejects.toThrow(/12 characters/);
    await expect(addModerator(store, 'not-an-email', PASSWORD, t0)).rejects.toThrow(/not an email/);
    expect((await listModerators(store)).map((x) => x.email)).toEqual(['mod@example.org']);
  });

  it('opens a session on the right password only, which expires and ends on logout', async () => {
    const store = await backend.open();
    await addModerator(store, 'mod@example.org', PASSWORD, t0);
    expect(await login(store, 'mod@example.org', 'wrong password!!', t0)).toBeUndefined();
    expect(await login(store, 'nobody@example.org', PASSWORD, t0)).toBeUndefined();
    const session = await login(store, 'MOD@example.org', PASSWORD, t0, 60);
    expect(session).toBeDefined();
    const token = session!.token;
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(await moderatorForToken(store, token, at(59))).toMatchObject({ email: 'mod@example.org' });
    expect(await moderatorForToken(store, token, at(60))).toBeUndefined();
    expect(await moderatorForToken(store, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), at(1))).toBeUndefined();
    expect(await moderatorForToken(store, undefined, at(1))).toBeUndefined();
    // The database keeps only a hash of the token.
    const rows = await store.db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    await logout(store, token, at(5));
    expect(await moderatorForToken(store, token, at(6))).toBeUndefined();
    expect((await readAudit(store.db)).map((a) => a.action)).toEqual(['logout', 'login', 'login-failed', 'login-failed']);
  });
});
