/** @type {import('next').NextConfig} */
module.exports = {
  // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
  // Framing (Cite feature): every route refuses to be framed except /embed, which exists to be.
  // The deny rule's source skips /embed and /embed/…, so embeds get no X-Frame-Options at all.
  async headers() {
    const deny = [
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
      { key: 'X-Frame-Options', value: 'DENY' },
    ];
    return [
      { source: '/', headers: deny },
      { source: '/:path((?!embed$|embed/).*)', headers: deny },
      { source: '/embed', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
    ];
  },
};
