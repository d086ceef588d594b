/**
 * The contribution API as a plain fetch-style handler (Request in, Response out), so the
 * route in app/api/ is one line and the tests drive exactly what the server runs.
 * Order of checks: origin (403), content type (415), rate limit (429), size (413),
 * JSON (400), rules (400), then the insert (201).
 */
import { createHash } from 'node:crypto';
import type { Store } from './db';
import { hitRateLimits, type RateLimit } from './rate-limit';
import { LIMITS, type FieldError, type MapLookup } from './rules';
import { validateAnySubmission, type SuggestionLookup } from './suggestions';
import { submitContribution } from './contributions';
import { isSameOrigin } from './origin';

export interface SubmitConfig {
  /** Per client (by address; see clientKey for what "client" means). */
  perClient: RateLimit;
  /** All clients together: a ceiling that holds even when addresses are spoofed or rotated. */
  global: RateLimit;
  maxBodyBytes: number;
  /** The site's public origin (https://example.org) when it sits behind a proxy that rewrites Host. */
  publicOrigin?: string;
  /**
   * How many reverse proxies in front of the server append the client's address to
   * X-Forwarded-For (TRUSTED_PROXY_HOPS). 0: the header is not trusted at all.
   */
  trustedProxyHops: number;
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
    publicOrigin: env.PUBLIC_ORIGIN || undefined,
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

/** The key every client shares when no proxy is trusted to name the client's address. */
export const DIRECT_CLIENT = 'direct';

/**
 * Who the client is, for per-client rate limits, hashed so that addresses are never stored.
 * Next's route handlers do not see the socket: `next start` only fills X-Forwarded-For with the
 * peer address when the request has none, and otherwise passes on whatever the client sent. So
 * the header is trusted only as far as `trustedProxyHops` proxies, each appending the address it
 * saw: the Nth entry from the end is the one the outermost trusted proxy wrote. With 0 hops (no
 * proxy declared), or a header shorter than that, every client shares one key: forged headers
 * cannot open fresh buckets.
 */
export function clientKey(request: Request, trustedProxyHops: number): string {
  let address = DIRECT_CLIENT;
  if (trustedProxyHops > 0) {
    const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim());
    const hop = hops.length >= trustedProxyHops ? hops[hops.length - trustedProxyHops] : undefined;
    if (hop) address = hop;
  }
  return createHash('sha256').update(address).digest('base64url').slice(0, 22);
}

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

export async function handleContributionPost(request: Request, deps: { store: Store; map: MapLookup & SuggestionLookup; config: SubmitConfig; now?: () => Date }): Promise<Response> {
  const now = deps.now ?? (() => new Date());
  if (!isSameOrigin(request, { required: false, publicOrigin: deps.config.publicOrigin })) {
    return fieldErrors(403, [{ field: 'origin', message: 'contributions must be posted from this site (cross-origin request refused)' }]);
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return fieldErrors(415, [{ field: 'content-type', message: 'send the contribution as JSON with Content-Type: application/json' }]);
  }
  const nowMs = now().getTime();
  const decision = await hitRateLimits(
    deps.store,
    [
      { key: `submit:${clientKey(request, deps.config.trustedProxyHops)}`, limit: deps.config.perClient },
      { key: 'submit:*', limit: deps.config.global },
    ],
    nowMs,
  );
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
