/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS */
const { STATIC_HEADERS } = require('./security-headers.cjs');

/** @type {() => import('next').NextConfig} */
module.exports = () => {
  return {
    // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
    serverExternalPackages: ['better-sqlite3', 'pg'],
    poweredByHeader: false,
    // Headers every response carries (security-headers.cjs). The Content-Security-Policy and the framing rule
    // (frame-ancestors 'none' and X-Frame-Options: DENY everywhere but /embed) are per page, in proxy.ts;
    // Strict-Transport-Security is added by server.mjs when SITE_URL is https.
    async headers() {
      return [
        {
          source: '/:path*',
          headers: STATIC_HEADERS,
        },
      ];
    },
  };
};
