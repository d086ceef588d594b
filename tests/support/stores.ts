/**
 * Real databases for the store tests: a fresh SQLite file in a temporary directory, and a fresh
 * database on the PostgreSQL server at TEST_DATABASE_URL (npm test always provides one; see
 * scripts/with-postgres.sh). Each opened store is closed and its database dropped by cleanup().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '@/lib/store/db';

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
}

const cleanups: (() => Promise<void>)[] = [];

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'admissible-store-'));
    const store = await openStore({ sqliteFile: join(dir, 'test.sqlite') });
    cleanups.push(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return store;
  },
};

/** A new, empty PostgreSQL database on the test server. */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is not set: run the tests with npm test, or bash scripts/with-postgres.sh npx vitest run');
  const name = `admissible_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      // A closed pool's connections may still be ending on the server: wait for them, so that the
      // forced drop does not kill one mid-goodbye (its client would then report an unhandled error).
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const postgresBackend: Backend = {
  name: 'postgres',
  async open() {
    const database = await createPgDatabase();
    const store = await openStore({ databaseUrl: database.url });
    cleanups.push(async () => {
      await store.close();
      await database.drop();
    });
    return store;
  },
};

/** Both backends; PostgreSQL only when a server is configured, and npm test insists that it is. */
export const backends: Backend[] = process.env.TEST_DATABASE_URL ? [sqliteBackend, postgresBackend] : [sqliteBackend];

export async function cleanupStores(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!();
}
