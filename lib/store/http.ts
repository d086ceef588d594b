/**
 * The contribution API as a plain fetch-style handler (Request in, Response out), so the
 * route in app/api/ is one line and the tests drive exactly what the server runs.
 * Order of checks: origin (403), content type (415), rate limit (429: per client, then all clients), size (413),
 * JSON (400), rules (400), then the insert (201).
 */
import type { Store } from './db';
import { hitRateLimits, type RateDecision, type RateLimit } from './rate-limit';
import { LIMITS, type FieldError, type MapLookup } from './rules';
import { validateAnySubmission, type SuggestionLookup } from './suggestions';
import { submitContribution } from './contributions';
import { allowedOrigins, isSameOrigin } from './origin';
import { clientKey, runningServer } from './client';

export interface SubmitConfig {
  /** Per client (by address; see clientKey for what "client" means). */
  perClient: RateLimit;
  /** All clients together: a ceiling that holds even when addresses are spoofed or rotated. */
  global: RateLimit;
  maxBodyBytes: number;
  /** The origins posts may come from (origin.ts allowedOrigins: SITE_URL, ALLOWED_ORIGINS, PUBLIC_ORIGIN, or loopback). */
  allowedOrigins?: readonly string[];
  /**
   * How many reverse proxies in front of the server append the client's address to
   * X-Forwarded-For (TRUSTED_PROXY_HOPS). 0: the header is not trusted at all.
   */
  trustedProxyHops: number;
  /** The header carrying the socket's address (client.ts); what server.mjs announced when absent. */
  peerHeader?: string;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** TRUSTED_PROXY_HOPS: a whole number, 0 (the default) or more. */
export function trustedProxyHopsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.TRUSTED_PROXY_HOPS;
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, got "${value}"`);
  return n;
}

export function submitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SubmitConfig {
  const windowSeconds = positiveInt(env.RATE_LIMIT_WINDOW_SECONDS, 3600, 'RATE_LIMIT_WINDOW_SECONDS');
  return {
    perClient: { max: positiveInt(env.RATE_LIMIT_MAX, 10, 'RATE_LIMIT_MAX'), windowSeconds },
    global: { max: positiveInt(env.RATE_LIMIT_GLOBAL_MAX, 500, 'RATE_LIMIT_GLOBAL_MAX'), windowSeconds },
    maxBodyBytes: LIMITS.bodyBytes,
    allowedOrigins: allowedOrigins(env),
    trustedProxyHops: trustedProxyHopsFromEnv(env),
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function fieldErrors(status: number, errors: FieldError[], headers: Record<string, string> = {}): Response {
  return json(status, { errors }, headers);
}

export { clientKey } from './client';

export class BodyTooLarge extends Error {}

/** Reads at most `limit` bytes of the body; throws BodyTooLarge past that, whatever Content-Length claimed. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  if (!request.body) return new Uint8Array();
  // With a declared length the HTTP parser delivers exactly that many bytes: read them at once.
  if (Number.isFinite(declared)) return new Uint8Array(await request.arrayBuffer());
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/**
 * Counts a submission against the limits, the client's own first and the shared ceiling only for
 * requests within it: one client's flood is refused by its own bucket and never uses up the
 * ceiling that every other client shares. For the JSON API and the form post alike.
 */
export async function hitSubmitLimits(request: Request, store: Store, config: SubmitConfig, nowMs: number): Promise<RateDecision> {
  const client = clientKey(request, config.trustedProxyHops, config.peerHeader ?? runningServer()?.peerHeader);
  const own = await hitRateLimits(store, [{ key: `submit:${client}`, limit: config.perClient }], nowMs);
  return own.allowed ? hitRateLimits(store, [{ key: 'submit:*', limit: config.global }], nowMs) : own;
}

export async function handleContributionPost(request: Request, deps: { store: Store; map: MapLookup & SuggestionLookup; config: SubmitConfig; now?: () => Date }): Promise<Response> {
  const now = deps.now ?? (() => new Date());
  if (!isSameOrigin(request, { allowedOrigins: deps.config.allowedOrigins })) {
    return fieldErrors(403, [{ field: 'origin', message: 'contributions must be posted from this site (cross-origin request refused)' }]);
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return fieldErrors(415, [{ field: 'content-type', message: 'send the contribution as JSON with Content-Type: application/json' }]);
  }
  const decision = await hitSubmitLimits(request, deps.store, deps.config, now().getTime());
  if (!decision.allowed) {
    return fieldErrors(429, [{ field: 'body', message: `too many contributions: try again in ${decision.retryAfter} s` }], { 'retry-after': String(decision.retryAfter) });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBody(request, deps.config.maxBodyBytes);
  } catch (e) {
    if (e instanceof BodyTooLarge) return fieldErrors(413, [{ field: 'body', message: `the body is larger than ${deps.config.maxBodyBytes} bytes` }]);
    return fieldErrors(400, [{ field: 'body', message: 'the body could not be read' }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fieldErrors(400, [{ field: 'body', message: 'the body is not valid UTF-8 JSON' }]);
  }
  const result = validateAnySubmission(raw, deps.map);
  if (!result.ok) return fieldErrors(400, result.errors);
  const saved = await submitContribution(deps.store, result.value, now());
  const statusUrl = `/contributions/${saved.id}`;
  return json(201, { id: saved.id, status: saved.status, statusUrl, apiUrl: `/api/contributions/${saved.id}` }, { location: statusUrl });
}
