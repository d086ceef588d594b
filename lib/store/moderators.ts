/**
 * Moderator accounts and their sessions. A session is a random 256-bit token in an HttpOnly
 * cookie; the database keeps only its sha256, with an expiry checked on every request.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from './db';
import { burnPasswordTime, hashPassword, verifyPassword } from './password';
import { appendAudit } from './audit';

export interface Moderator {
  id: number;
  email: string;
}

export const SESSION_COOKIE = 'admissible_session';
export const DEFAULT_SESSION_SECONDS = 8 * 60 * 60;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function addModerator(store: Store, email: string, password: string, now: Date): Promise<Moderator> {
  const normalized = normalizeEmail(email);
  if (!EMAIL.test(normalized)) throw new Error(`"${email}" is not an email address`);
  if (password.length < 12) throw new Error('the password must be at least 12 characters');
  const existing = await store.db.selectFrom('moderators').select('id').where('email', '=', normalized).executeTakeFirst();
  if (existing) throw new Error(`a moderator ${normalized} already exists`);
  const row = await store.db
    .insertInto('moderators')
    .values({ email: normalized, password_hash: await hashPassword(password), created_at: now.toISOString() })
    .returning(['id', 'email'])
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), email: row.email };
}

export async function listModerators(store: Store): Promise<(Moderator & { createdAt: string })[]> {
  const rows = await store.db.selectFrom('moderators').select(['id', 'email', 'created_at']).orderBy('id').execute();
  return rows.map((r) => ({ id: Number(r.id), email: r.email, createdAt: r.created_at }));
}

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Checks the credentials and opens a session; undefined when they are wrong (without saying which part). */
export async function login(store: Store, email: string, password: string, now: Date, ttlSeconds = DEFAULT_SESSION_SECONDS): Promise<{ token: string; expiresAt: Date; moderator: Moderator } | undefined> {
  const normalized = normalizeEmail(email);
  const row = await store.db.selectFrom('moderators').selectAll().where('email', '=', normalized).executeTakeFirst();
  if (!row) {
    await burnPasswordTime(password);
    await appendAudit(store.db, { at: now.toISOString(), actor: normalized.slice(0, 254), action: 'login-failed' });
    return undefined;
  }
  if (!(await verifyPassword(password, row.password_hash))) {
    await appendAudit(store.db, { at: now.toISOString(), actor: row.email, action: 'login-failed' });
    return undefined;
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  await store.db
    .insertInto('sessions')
    .values({ id: tokenId(token), moderator_id: row.id, created_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
  await appendAudit(store.db, { at: now.toISOString(), actor: row.email, action: 'login' });
  return { token, expiresAt, moderator: { id: Number(row.id), email: row.email } };
}

/** The moderator behind a session cookie, if the session exists and has not expired. */
export async function moderatorForToken(store: Store, token: string | undefined, now: Date): Promise<Moderator | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('moderators', 'moderators.id', 'sessions.moderator_id')
    .select(['moderators.id', 'moderators.email', 'sessions.expires_at'])
    .where('sessions.id', '=', tokenId(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return { id: Number(row.id), email: row.email };
}

/** Ends a session by expiring it now (the row stays: nothing is deleted). */
export async function logout(store: Store, token: string, now: Date): Promise<void> {
  const moderator = await moderatorForToken(store, token, now);
  if (!moderator) return;
  await store.db.updateTable('sessions').set({ expires_at: now.toISOString() }).where('id', '=', tokenId(token)).execute();
  await appendAudit(store.db, { at: now.toISOString(), actor: moderator.email, action: 'logout' });
}
