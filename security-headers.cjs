/**
 * Response headers that never vary by page, shared by next.config.js (every response Next.js
 * serves) and server.mjs (the answers it gives before Next.js sees a request). The per-page
 * Content-Security-Policy and framing rule are in proxy.ts.
 */
const STATIC_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

/** For answers that are no page (a 400 for a malformed URL): nothing may load, nothing may frame it. */
const ERROR_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Strict-Transport-Security, only when the site's public URL is https: on plain http the header
 * is ignored by browsers anyway, and announcing it for 127.0.0.1 would be wrong.
 */
function strictTransportSecurity(siteUrl) {
  if (!siteUrl) return undefined;
  try {
    return new URL(siteUrl.trim()).protocol === 'https:' ? 'max-age=63072000; includeSubDomains' : undefined;
  } catch {
    return undefined;
  }
}

module.exports = { STATIC_HEADERS, ERROR_CSP, strictTransportSecurity };
