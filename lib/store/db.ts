/**
 * The contribution store's database: Kysely over better-sqlite3 (the embedded default, a file
 * under var/) or PostgreSQL when DATABASE_URL is set. One set of migrations serves both.
 * Nothing here opens a database at import time: next build imports route modules.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type Generated, type SqliteDatabase } from 'kysely';
import { migrateToLatest, type Dialect } from './migrations';

export type ContributionStatus = 'pending' | 'approved' | 'rejected';

export interface ContributionTable {
  id: string;
  created_at: string;
  updated_at: string;
  status: ContributionStatus;
  /** The node the contribution attaches to. */
  target: string;
  kind: string;
  relation: string;
  /** The validated submission as JSON text (see rules.ts); edits by moderators replace it. */
  submission: string;
  /** Why a moderator rejected it; shown on the public status page. */
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface ModeratorTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live cookies. */
  id: string;
  moderator_id: number;
  created_at: string;
  expires_at: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  /** Who acted: a moderator's email, or "public" for a submission. */
  actor: string;
  action: string;
  contribution_id: string | null;
  /** JSON of the record before and after the action (null where there was none). */
  before: string | null;
  after: string | null;
}

export interface RateLimitTable {
  key: string;
  window_start: number;
  count: number;
}

/** A contribution form that failed validation, kept briefly so the form can be shown again without JavaScript. */
export interface FormDraftTable {
  /** 96 random bits as hex: only the browser that posted the form knows it. */
  id: string;
  created_at: string;
  expires_at: string;
  /** JSON: { fields: the posted form as [name, value] pairs, errors: FieldError[] }. */
  data: string;
}

export interface SignInBackoffTable {
  /** Hash of the account tried and the client trying it. */
  key: string;
  failures: number;
  /** When the last failure happened, in ms since the epoch. */
  last_failed_at: number;
}

export interface Database {
  contributions: ContributionTable;
  moderators: ModeratorTable;
  sessions: SessionTable;
  audit_log: AuditTable;
  rate_limits: RateLimitTable;
  form_drafts: FormDraftTable;
  sign_in_backoff: SignInBackoffTable;
}

export type { Dialect };

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for messages: the SQLite file or the PostgreSQL URL without password. */
  location: string;
  close(): Promise<void>;
}

export type StoreOptions = { sqliteFile: string } | { databaseUrl: string };

export const DEFAULT_SQLITE_FILE = 'var/admissible.sqlite';

/** Where the environment says the store is: DATABASE_URL, else ADMISSIBLE_DB_FILE, else var/admissible.sqlite. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { sqliteFile: env.ADMISSIBLE_DB_FILE ?? join(/*turbopackIgnore: true*/ process.cwd(), DEFAULT_SQLITE_FILE) };
}

/** Opens the database and brings its schema to the latest migration. */
export async function openStore(options: StoreOptions): Promise<Store> {
  let store: Store;
  if ('databaseUrl' in options) {
    const { Pool } = (await import('pg')).default;
    const pool = new Pool({ connectionString: options.databaseUrl, max: Number(process.env.PG_POOL_MAX ?? 10) });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    store = { db, dialect: 'postgres', location: redactUrl(options.databaseUrl), close: () => db.destroy() };
  } else {
    const Sqlite = (await import('better-sqlite3')).default;
    mkdirSync(dirname(options.sqliteFile), { recursive: true });
    const sqlite = new Sqlite(options.sqliteFile);
    // WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode still survives a killed
    // process (only a power loss can drop the last commits); busy_timeout waits out a concurrent writer.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    // Checkpoints fsync; doing them every ~40 MB of WAL rather than every 4 MB halves the cost of a write.
    sqlite.pragma('wal_autocheckpoint = 10000');
    sqlite.pragma('journal_size_limit = 67108864');
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    store = { db, dialect: 'sqlite', location: options.sqliteFile, close: () => db.destroy() };
  }
  try {
    await migrateToLatest(store.db, store.dialect);
  } catch (e) {
    await store.close();
    throw new Error(`could not migrate the contribution store at ${store.location}: ${(e as Error).message}`);
  }
  return store;
}

/**
 * Kysely prepares every query afresh; preparing costs more than running a small insert. The same
 * SQL text always compiles to the same statement, so keep them (bounded). Kysely runs one query
 * at a time on the connection, so a cached statement is never used by two queries at once.
 */
function withStatementCache(sqlite: import('better-sqlite3').Database): SqliteDatabase {
  const cache = new Map<string, import('better-sqlite3').Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (!stmt) {
        stmt = sqlite.prepare(sqlText);
        if (cache.size >= 256) cache.clear();
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}

let shared: Promise<Store> | undefined;

/** The server process's store, opened (and migrated) on first use. */
export function getStore(): Promise<Store> {
  shared ??= openStore(storeOptionsFromEnv()).catch((e) => {
    shared = undefined;
    throw e;
  });
  return shared;
}
