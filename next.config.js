/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS */
const { PHASE_PRODUCTION_BUILD } = require('next/constants');
const { STATIC_HEADERS } = require('./security-headers.cjs');

// The benchmarks' baselines (a framework-only page, a no-op route) live in bench/routes/, outside
// app/: bench/bench-build.ts copies them in only for its own build (ADMISSIBLE_BENCH_BUILD=1), which
// goes into its own folder, and removes them again; the site's build never has them.
const benchBuild = process.env.ADMISSIBLE_BENCH_BUILD === '1';

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
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
    ...(benchBuild ? { distDir: '.next-bench' } : {}),
    pageExtensions: ['tsx', 'ts'],
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
