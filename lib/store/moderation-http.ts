/**
 * The moderation endpoints as fetch-style handlers: form posts from /moderate, answered with
 * 303 redirects back to it. Each one requires a same-origin request (CSRF) and, except login,
 * a live session; a missing, expired or forged session gets 401 and changes nothing.
 */
import { createHash } from 'node:crypto';
import type { Store } from './db';
import { decideContribution, DecisionError, getContribution } from './contributions';
import { login, logout, moderatorForToken, normalizeEmail, SESSION_COOKIE, DEFAULT_SESSION_SECONDS, type Moderator } from './moderators';
import { isSameOrigin } from './origin';
import { backoffKey, backoffRemaining, clearFailures, recordFailure } from './sign-in-backoff';
import { hitRateLimits, type RateLimit } from './rate-limit';
import { BodyTooLarge, readBody } from './http';
import { clientKey, runningServer } from './client';
import { validateContribution, LIMITS, type MapLookup, type Submission } from './rules';
import { isNodeSubmission } from './suggestions';

export interface ModerationDeps {
  store: Store;
  map: MapLookup;
  now?: () => Date;
  /** Secure cookies (production); off for plain-http development. */
  secureCookies: boolean;
  sessionSeconds?: number;
  /** The origins forms may be posted from (origin.ts allowedOrigins when absent). */
  allowedOrigins?: readonly string[];
  /** TRUSTED_PROXY_HOPS (see clientKey in http.ts); 0 when absent. */
  trustedProxyHops?: number;
  /** The header carrying the socket's address (client.ts); what server.mjs announced when absent. */
  peerHeader?: string;
  /** Called after every decision, e.g. to drop the live corpus's cache (read.ts) so it shows at once. */
  onDecision?: () => void;
  /** Sign-in limits; LOGIN_LIMITS when absent. */
  loginLimits?: LoginLimits;
}

export interface LoginLimits {
  perClient: RateLimit;
  /**
   * Per account named in the form, from clients within their own limit: guessing one moderator's
   * password from many addresses. Well above perClient, so one client alone cannot use it up.
   */
  perEmail: RateLimit;
  /** All sign-ins together: the ceiling on password checks and on failed-sign-in audit rows. */
  global: RateLimit;
}

export const LOGIN_LIMITS: LoginLimits = {
  perClient: { max: 10, windowSeconds: 900 },
  perEmail: { max: 30, windowSeconds: 900 },
  global: { max: 100, windowSeconds: 900 },
};

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // a mangled cookie is no session
      }
    }
  }
  return undefined;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

function redirect(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...headers } });
}

function refuse(status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message + '\n', { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/**
 * The posted form, read through the bounded readBody: a body past LIMITS.bodyBytes is refused
 * as soon as that many bytes arrived, whether or not it declared a Content-Length. The
 * moderation forms are urlencoded; anything else (multipart included) is refused.
 */
async function readForm(request: Request): Promise<URLSearchParams | Response> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return refuse(415, 'send a form as application/x-www-form-urlencoded');
  let bytes: Uint8Array;
  try {
    bytes = await readBody(request, LIMITS.bodyBytes);
  } catch (e) {
    if (e instanceof BodyTooLarge) return refuse(413, `the form is larger than ${LIMITS.bodyBytes} bytes`);
    return refuse(400, 'the form could not be read');
  }
  try {
    return new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse(400, 'the form is not valid UTF-8');
  }
}

const str = (form: URLSearchParams, key: string) => form.get(key) ?? '';

/** The signed-in moderator for a request, or undefined (missing, expired, ended or forged cookie). */
export function moderatorFor(request: Request, deps: Pick<ModerationDeps, 'store' | 'now'>): Promise<Moderator | undefined> {
  return moderatorForToken(deps.store, readCookie(request, SESSION_COOKIE), (deps.now ?? (() => new Date()))());
}

export async function handleLogin(request: Request, deps: ModerationDeps): Promise<Response> {
  const now = (deps.now ?? (() => new Date()))();
  if (!isSameOrigin(request, { allowedOrigins: deps.allowedOrigins })) return refuse(403, 'cross-origin request refused');
  // A refused attempt never reaches login(), so it checks no password and writes no audit row:
  // these limits also bound how fast failed sign-ins can grow the audit log.
  const limits = deps.loginLimits ?? LOGIN_LIMITS;
  const tooMany = (retryAfter: number) => refuse(429, `too many sign-in attempts: try again in ${retryAfter} s`, { 'retry-after': String(retryAfter) });
  const client = clientKey(request, deps.trustedProxyHops ?? 0, deps.peerHeader ?? runningServer()?.peerHeader);
  const nowMs = now.getTime();
  // Each limit is counted only for attempts within the ones before it: a client refused by its own
  // limit uses up nothing that other clients share (the global ceiling, the account's limit).
  let verdict = await hitRateLimits(deps.store, [{ key: `login:${client}`, limit: limits.perClient }], nowMs);
  if (verdict.allowed) verdict = await hitRateLimits(deps.store, [{ key: 'login:*', limit: limits.global }], nowMs);
  if (!verdict.allowed) return tooMany(verdict.retryAfter);
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const email = normalizeEmail(str(form, 'email').slice(0, 254));
  const backoff = backoffKey(email, client);
  const wait = await backoffRemaining(deps.store, backoff, nowMs);
  if (wait > 0) return tooMany(wait);
  const byEmail = await hitRateLimits(deps.store, [{ key: `login-email:${createHash('sha256').update(email).digest('base64url').slice(0, 22)}`, limit: limits.perEmail }], nowMs);
  if (!byEmail.allowed) return tooMany(byEmail.retryAfter);
  const ttl = deps.sessionSeconds ?? DEFAULT_SESSION_SECONDS;
  const session = await login(deps.store, email, str(form, 'password').slice(0, 1024), now, ttl);
  if (!session) {
    await recordFailure(deps.store, backoff, nowMs);
    return redirect('/moderate?notice=login-failed');
  }
  await clearFailures(deps.store, backoff);
  return redirect('/moderate', { 'set-cookie': sessionCookie(session.token, ttl, deps.secureCookies) });
}

export async function handleLogout(request: Request, deps: ModerationDeps): Promise<Response> {
  if (!isSameOrigin(request, { allowedOrigins: deps.allowedOrigins })) return refuse(403, 'cross-origin request refused');
  const token = readCookie(request, SESSION_COOKIE);
  if (!token || !(await moderatorFor(request, deps))) return refuse(401, 'not signed in');
  await logout(deps.store, token, (deps.now ?? (() => new Date()))());
  return redirect('/moderate?notice=signed-out', { 'set-cookie': sessionCookie('', 0, deps.secureCookies) });
}

/**
 * The submission with a moderator's edits from the edit-then-approve form: title, text, and each
 * cited source's pinpoint (`source.<i>.pinpointKind` / `source.<i>.pinpointValue`; an empty value
 * removes the pinpoint). Fields the form did not send stay as submitted; the result is validated
 * by the same rules as a contribution.
 */
export function editedSubmission(submission: Submission, form: URLSearchParams): unknown {
  const sources = submission.sources.map((ref, i) => {
    const value = form.get(`source.${i}.pinpointValue`);
    if (value === null) return ref;
    const rest: Record<string, unknown> = { ...ref };
    delete rest.pinpoint;
    const trimmed = value.trim();
    return trimmed ? { ...rest, pinpoint: { kind: form.get(`source.${i}.pinpointKind`) ?? '', value: trimmed } } : rest;
  });
  return { ...submission, title: str(form, 'title') || undefined, text: str(form, 'text'), sources };
}

/** POST /api/moderate/contributions/<id> with action=approve | reject (reason) | edit-approve (title, text, pinpoints) | withdraw (reason; an approved one). */
export async function handleDecision(request: Request, id: string, deps: ModerationDeps): Promise<Response> {
  if (!isSameOrigin(request, { allowedOrigins: deps.allowedOrigins })) return refuse(403, 'cross-origin request refused');
  const moderator = await moderatorFor(request, deps);
  if (!moderator) return refuse(401, 'sign in at /moderate first');
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const contribution = await getContribution(deps.store, id);
  if (!contribution) return refuse(404, 'no such contribution');
  const action = str(form, 'action');
  const now = (deps.now ?? (() => new Date()))();
  const back = (notice: string) => redirect(`/moderate?notice=${notice}&id=${contribution.id}#queue`);
  const decided = (notice: string) => {
    deps.onDecision?.();
    return back(notice);
  };
  try {
    if (action === 'approve') {
      await decideContribution(deps.store, id, moderator.email, { action: 'approve' }, now);
      return decided('approved');
    }
    if (action === 'reject') {
      const reason = str(form, 'reason').trim();
      if (reason.length < 3 || reason.length > 1000) return back('reason-required');
      await decideContribution(deps.store, id, moderator.email, { action: 'reject', reason }, now);
      return decided('rejected');
    }
    if (action === 'withdraw') {
      const reason = str(form, 'reason').trim();
      if (reason.length < 3 || reason.length > 1000) return back('reason-required');
      await decideContribution(deps.store, id, moderator.email, { action: 'withdraw', reason }, now);
      return decided('withdrawn');
    }
    if (action === 'edit-approve') {
      // Pinpoint suggestions and ruling proposals are approved or rejected as submitted, never edited.
      if (!isNodeSubmission(contribution.submission)) return back('edit-invalid');
      const edited = editedSubmission(contribution.submission, form);
      const checked = validateContribution(edited, deps.map);
      if (!checked.ok) return back('edit-invalid');
      await decideContribution(deps.store, id, moderator.email, { action: 'edit-approve', submission: checked.value }, now);
      return decided('edited');
    }
    return refuse(400, 'action must be approve, reject, edit-approve or withdraw');
  } catch (e) {
    if (e instanceof DecisionError) return back(e.code === 'already-decided' ? 'already-decided' : 'edit-invalid');
    throw e;
  }
}
