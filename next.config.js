/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS */
const { STATIC_HEADERS } = require('./security-headers.cjs');

// The benchmarks' baselines (a framework-only page, a no-op route) are files named page.bench.tsx
// and route.bench.ts: routes only in the build that bench/bench-build.ts makes with
// ADMISSIBLE_BENCH_BUILD=1, into its own folder, never in the site's build.
const benchBuild = process.env.ADMISSIBLE_BENCH_BUILD === '1';

/** @type {() => import('next').NextConfig} */
module.exports = () => {
  return {
    ...(benchBuild ? { distDir: '.next-bench', pageExtensions: ['bench.tsx', 'bench.ts', 'tsx', 'ts'] } : { pageExtensions: ['tsx', 'ts'] }),
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
