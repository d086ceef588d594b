/**
 * The moderation endpoints as fetch-style handlers: form posts from /moderate, answered with
 * 303 redirects back to it. Each one requires a same-origin request (CSRF) and, except login,
 * a live session; a missing, expired or forged session gets 401 and changes nothing.
 */
import type { Store } from './db';
import { decideContribution, DecisionError, getContribution } from './contributions';
import { login, logout, moderatorForToken, SESSION_COOKIE, DEFAULT_SESSION_SECONDS, type Moderator } from './moderators';
import { isSameOrigin } from './origin';
import { hitRateLimit } from './rate-limit';
import { clientKey } from './http';
import { validateContribution, LIMITS, type MapLookup } from './rules';

export interface ModerationDeps {
  store: Store;
  map: MapLookup;
  now?: () => Date;
  /** Secure cookies (production); off for plain-http development. */
  secureCookies: boolean;
  sessionSeconds?: number;
  publicOrigin?: string;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

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

function refuse(status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429, message: string): Response {
  return new Response(message + '\n', { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

async function readForm(request: Request): Promise<FormData | Response> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return refuse(415, 'send a form (application/x-www-form-urlencoded)');
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > LIMITS.bodyBytes) return refuse(413, `the form is larger than ${LIMITS.bodyBytes} bytes`);
  try {
    return await request.formData();
  } catch {
    return refuse(400, 'the form could not be read');
  }
}

const str = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

/** The signed-in moderator for a request, or undefined (missing, expired, ended or forged cookie). */
export function moderatorFor(request: Request, deps: Pick<ModerationDeps, 'store' | 'now'>): Promise<Moderator | undefined> {
  return moderatorForToken(deps.store, readCookie(request, SESSION_COOKIE), (deps.now ?? (() => new Date()))());
}

export async function handleLogin(request: Request, deps: ModerationDeps): Promise<Response> {
  const now = (deps.now ?? (() => new Date()))();
  if (!isSameOrigin(request, { required: true, publicOrigin: deps.publicOrigin })) return refuse(403, 'cross-origin request refused');
  const limited = await hitRateLimit(deps.store, `login:${clientKey(request)}`, { max: 10, windowSeconds: 900 }, now.getTime());
  if (!limited.allowed) return refuse(429, `too many sign-in attempts: try again in ${limited.retryAfter} s`);
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const ttl = deps.sessionSeconds ?? DEFAULT_SESSION_SECONDS;
  const session = await login(deps.store, str(form, 'email').slice(0, 254), str(form, 'password').slice(0, 1024), now, ttl);
  if (!session) return redirect('/moderate?notice=login-failed');
  return redirect('/moderate', { 'set-cookie': sessionCookie(session.token, ttl, deps.secureCookies) });
}

export async function handleLogout(request: Request, deps: ModerationDeps): Promise<Response> {
  if (!isSameOrigin(request, { required: true, publicOrigin: deps.publicOrigin })) return refuse(403, 'cross-origin request refused');
  const token = readCookie(request, SESSION_COOKIE);
  if (!token || !(await moderatorFor(request, deps))) return refuse(401, 'not signed in');
  await logout(deps.store, token, (deps.now ?? (() => new Date()))());
  return redirect('/moderate?notice=signed-out', { 'set-cookie': sessionCookie('', 0, deps.secureCookies) });
}

/** POST /api/moderate/contributions/<id> with action=approve | reject (reason) | edit-approve (title, text). */
export async function handleDecision(request: Request, id: string, deps: ModerationDeps): Promise<Response> {
  if (!isSameOrigin(request, { required: true, publicOrigin: deps.publicOrigin })) return refuse(403, 'cross-origin request refused');
  const moderator = await moderatorFor(request, deps);
  if (!moderator) return refuse(401, 'sign in at /moderate first');
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const contribution = await getContribution(deps.store, id);
  if (!contribution) return refuse(404, 'no such contribution');
  const action = str(form, 'action');
  const now = (deps.now ?? (() => new Date()))();
  const back = (notice: string) => redirect(`/moderate?notice=${notice}&id=${contribution.id}#queue`);
  try {
    if (action === 'approve') {
      await decideContribution(deps.store, id, moderator.email, { action: 'approve' }, now);
      return back('approved');
    }
    if (action === 'reject') {
      const reason = str(form, 'reason').trim();
      if (reason.length < 3 || reason.length > 1000) return back('reason-required');
      await decideContribution(deps.store, id, moderator.email, { action: 'reject', reason }, now);
      return back('rejected');
    }
    if (action === 'edit-approve') {
      const edited = { ...contribution.submission, title: str(form, 'title') || undefined, text: str(form, 'text') };
      const checked = validateContribution(edited, deps.map);
      if (!checked.ok) return back('edit-invalid');
      await decideContribution(deps.store, id, moderator.email, { action: 'edit-approve', submission: checked.value }, now);
      return back('edited');
    }
    return refuse(400, 'action must be approve, reject or edit-approve');
  } catch (e) {
    if (e instanceof DecisionError) return back(e.code === 'already-decided' ? 'already-decided' : 'edit-invalid');
    throw e;
  }
}
