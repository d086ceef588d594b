/**
 * Who a request comes from, for per-client rate limits: an address, hashed so addresses are
 * never stored.
 *
 * Next's route handlers never see the socket, and `next start` only fills in X-Forwarded-For
 * when a request arrives without one, passing on whatever a client sent. So the production
 * server (server.mjs) writes the socket's address into its own header, replacing any value the
 * client sent, and announces that header through a process-wide symbol. The header is trusted
 * only when that announcement is present: under plain `next start` a client could set it too.
 *
 * - No trusted proxy (TRUSTED_PROXY_HOPS=0): the client is the socket's address.
 * - Behind N proxies that each append the address they saw to X-Forwarded-For: the client is
 *   the Nth entry from the end (the one the outermost trusted proxy wrote); entries before it
 *   are the client's own and are ignored. A header with fewer entries than that means the
 *   request did not come through the proxies: the socket's address is used.
 * - No socket address known (plain `next start`): every client shares one key, so forged
 *   headers cannot open fresh buckets.
 */
import { createHash } from 'node:crypto';

export const SERVER_ANNOUNCEMENT = Symbol.for('admissible.server');

export interface ServerAnnouncement {
  /** The request header in which server.mjs puts the socket's address. */
  peerHeader: string;
  hostname: string;
  port: number;
}

/** What server.mjs announced, or undefined when the app runs under another server. */
export function runningServer(): ServerAnnouncement | undefined {
  return (globalThis as Record<symbol, ServerAnnouncement | undefined>)[SERVER_ANNOUNCEMENT];
}

/** The key every client shares when no address is known. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * One client per address: IPv4 as is (also when mapped into IPv6), IPv6 by its /64, the block a
 * single subscriber is normally given, so rotating through one's own /64 opens no fresh buckets.
 */
export function normalizeAddress(address: string): string | undefined {
  const a = address.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (!a) return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1];
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(a)) return a;
  if (!a.includes(':') || !/^[0-9a-f:.%a-z]+$/.test(a)) return undefined;
  const [head = '', tail = ''] = a.split('%', 1)[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = a.includes('::') && tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  if (groups.length < 4) return undefined;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The client's address as the request proves it (see above), normalised, or undefined. */
export function clientAddress(request: Request, trustedProxyHops: number, peerHeader = runningServer()?.peerHeader): string | undefined {
  const peer = peerHeader ? normalizeAddress(request.headers.get(peerHeader) ?? '') : undefined;
  if (trustedProxyHops > 0) {
    const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim());
    // Without the peer header, next start's own fill-in (the socket address, when the client sent
    // no header) is indistinguishable from a forged entry; with it, a too-short header is the peer's.
    if (hops.length >= trustedProxyHops) {
      const hop = normalizeAddress(hops[hops.length - trustedProxyHops] ?? '');
      if (hop) return hop;
    }
  }
  return peer;
}

/** The hashed rate-limit key of the request's client. */
export function clientKey(request: Request, trustedProxyHops: number, peerHeader = runningServer()?.peerHeader): string {
  const address = clientAddress(request, trustedProxyHops, peerHeader) ?? UNKNOWN_CLIENT;
  return createHash('sha256').update(address).digest('base64url').slice(0, 22);
}
