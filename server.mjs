/**
 * The production server (`npm start`): Next.js's request handler behind Node's own HTTP server.
 * `next start` alone cannot do three things the site needs, so this file does them before
 * Next.js sees the request:
 *
 * - The connection's address. Next's route handlers never see the socket, and `next start` only
 *   fills in X-Forwarded-For when a request arrives without one (so a client can forge it). Here
 *   the socket's address is written into X-Admissible-Peer, replacing anything the client sent,
 *   and the app trusts that header only when this server announced it (lib/store/client.ts).
 * - Malformed percent-encoding in the path (/node/%ff): Next.js answers those with a bare 500
 *   before any of the app's code runs. Here they get a 400 with the site's security headers.
 * - Strict-Transport-Security on every response when SITE_URL is https, read at start-up.
 *
 * Usage: node server.mjs [-H host] [-p port]   (defaults 127.0.0.1 and 3000, as `next start -H 127.0.0.1`)
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const require = createRequire(import.meta.url);
const { STATIC_HEADERS, ERROR_CSP, strictTransportSecurity } = require('./security-headers.cjs');

function option(args, short, long) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === short || args[i] === long) return args[i + 1];
    if (args[i].startsWith(`${long}=`)) return args[i].slice(long.length + 1);
  }
  return undefined;
}

const args = process.argv.slice(2);
const hostname = option(args, '-H', '--hostname') ?? '127.0.0.1';
const port = Number(option(args, '-p', '--port') ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server.mjs: the port must be a whole number from 0 to 65535, got "${option(args, '-p', '--port') ?? process.env.PORT}"`);
  process.exit(2);
}

const PEER_HEADER = 'x-admissible-peer';
const hsts = strictTransportSecurity(process.env.SITE_URL);

/** True when a path segment has a % not followed by valid percent-encoded UTF-8. */
function hasMalformedEncoding(url) {
  const path = url.split('?', 1)[0];
  if (!path.includes('%')) return false;
  for (const segment of path.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

function badRequest(res, message) {
  res.statusCode = 400;
  for (const { key, value } of STATIC_HEADERS) res.setHeader(key, value);
  res.setHeader('Content-Security-Policy', ERROR_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(message + '\n');
}

const app = next({ dev: false, hostname, port, dir: dirname(fileURLToPath(import.meta.url)) });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  if (hsts) res.setHeader('Strict-Transport-Security', hsts);
  if (hasMalformedEncoding(req.url ?? '/')) return badRequest(res, 'Bad request: the address contains malformed percent-encoding.');
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, hostname, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  // The app reads this to know the peer header is genuine and which port it serves on (lib/store/client.ts, origin.ts).
  globalThis[Symbol.for('admissible.server')] = { peerHeader: PEER_HEADER, hostname, port: bound };
  console.log(`Admissible on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${bound}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
