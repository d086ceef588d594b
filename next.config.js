/** @type {import('next').NextConfig} */
module.exports = {
  // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
  // Framing (Cite feature): no route may be framed by another site, except /embed, which exists to be.
  // For the same path and key, the later rule wins, so /embed's rule comes after the catch-all.
  async headers() {
    return [
      { source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }, { key: 'X-Frame-Options', value: 'DENY' }] },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }, { key: 'X-Frame-Options', value: 'ALLOWALL' }] },
      { source: '/embed', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }, { key: 'X-Frame-Options', value: 'ALLOWALL' }] },
    ];
  },
};
