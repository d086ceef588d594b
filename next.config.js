/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require('next/constants');

// The read API is written as files under public/api-data/ (scripts/build-api.ts) and served by
// the static file server; see lib/api/static-files.ts for why.
function writeApiData() {
  execFileSync(join(__dirname, 'node_modules', '.bin', 'tsx'), ['scripts/build-api.ts'], { cwd: __dirname, stdio: 'inherit' });
}

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  if (phase === PHASE_DEVELOPMENT_SERVER) writeApiData();
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SITE_URL?.trim()) {
    // Not an error: the site still works anywhere (lib/site.ts), but every page that prints a
    // permalink is then rendered per request instead of once at build time.
    console.warn(
      [
        '',
        'WARNING: SITE_URL is not set.',
        '  Permalinks, citations, canonical links, JSON-LD and the sitemap will use the origin of each request,',
        '  so the pages that print them are rendered per request, and the read API (/api/nodes, /api/sources)',
        '  carries root-relative permalinks. For a deployment, build with the public origin, e.g.',
        '  SITE_URL=https://admissible.example npm run build',
        '',
      ].join('\n'),
    );
  }
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
    // Headers every response carries. The Content-Security-Policy and the framing rule
    // (frame-ancestors 'none' and X-Frame-Options: DENY everywhere but /embed) are per page, in proxy.ts.
    async headers() {
      const api = [
        { key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=86400' },
        { key: 'Access-Control-Allow-Origin', value: '*' },
      ];
      return [
        {
          source: '/:path*',
          headers: [
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
            { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          ],
        },
        { source: '/api/graph', headers: api },
        { source: '/api/nodes/:id', headers: api },
        { source: '/api/sources/:id', headers: api },
      ];
    },
  };
};
