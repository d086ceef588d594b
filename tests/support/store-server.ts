/**
 * The production server on its own SQLite file in a temporary directory, so a test can read and write the
 * same database the server uses (WAL allows both) — e.g. to add a moderator or an expired session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server';
import { openStore, type Store } from '@/lib/store/db';

export interface StoreServer {
  server: RunningServer;
  url: string;
  dbFile: string;
  store: Store;
  stop(): Promise<void>;
}

export async function startStoreServer(env: Record<string, string> = {}): Promise<StoreServer> {
  const dir = mkdtempSync(join(tmpdir(), 'admissible-e2e-store-'));
  const dbFile = join(dir, 'store.sqlite');
  const server = await startServer({ ADMISSIBLE_DB_FILE: dbFile, RATE_LIMIT_MAX: '100000', RATE_LIMIT_GLOBAL_MAX: '100000', COMMUNITY_CACHE_MS: '0', ...env });
  const store = await openStore({ sqliteFile: dbFile });
  return {
    server,
    url: server.url,
    dbFile,
    store,
    async stop() {
      await store.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form endpoint and returns the session cookie ("name=value"). */
export async function signIn(url: string, email: string, password: string): Promise<{ cookie: string; setCookie: string }> {
  const res = await fetch(`${url}/api/moderate/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password }),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  if (res.status !== 303 || !setCookie) throw new Error(`sign-in failed: HTTP ${res.status}`);
  return { cookie: setCookie.split(';')[0]!, setCookie };
}
