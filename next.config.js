/** @type {import('next').NextConfig} */
module.exports = {
  // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
};
