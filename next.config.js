/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { PHASE_DEVELOPMENT_SERVER } = require('next/constants');
const { STATIC_HEADERS } = require('./security-headers.cjs');

// The read API is written as files under public/api-data/ (scripts/build-api.ts) and served by
// the static file server; see lib/api/static-files.ts for why.
function writeApiData() {
  execFileSync(join(__dirname, 'node_modules', '.bin', 'tsx'), ['scripts/build-api.ts'], { cwd: __dirname, stdio: 'inherit' });
}

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  if (phase === PHASE_DEVELOPMENT_SERVER) writeApiData();
  return {
    // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
    serverExternalPackages: ['better-sqlite3', 'pg'],
    poweredByHeader: false,
    compiler: { runAfterProductionCompile: async () => writeApiData() },
    async rewrites() {
      return {
        // Before the file system, so the API paths reach the files written for them.
        beforeFiles: [
          { source: '/api/graph', destination: '/api-data/graph.json' },
          { source: '/api/nodes/:id', destination: '/api-data/nodes/:id.json' },
          { source: '/api/sources/:id', destination: '/api-data/sources/:id.json' },
        ],
      };
    },
    // Headers every response carries (security-headers.cjs). The Content-Security-Policy and the framing rule
    // (frame-ancestors 'none' and X-Frame-Options: DENY everywhere but /embed) are per page, in proxy.ts;
    // Strict-Transport-Security is added by server.mjs when SITE_URL is https.
    async headers() {
      const api = [
        { key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=86400' },
        { key: 'Access-Control-Allow-Origin', value: '*' },
      ];
      return [
        {
          source: '/:path*',
          headers: STATIC_HEADERS,
        },
        { source: '/api/graph', headers: api },
        { source: '/api/nodes/:id', headers: api },
        { source: '/api/sources/:id', headers: api },
      ];
    },
  };
};
