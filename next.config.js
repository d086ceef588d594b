/** @type {import('next').NextConfig} */
module.exports = {
  // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
  // Headers every response carries; the Content-Security-Policy and framing rules are per page, in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
};
