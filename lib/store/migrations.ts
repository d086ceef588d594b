/**
 * The store's schema, as one ordered list of migrations for SQLite and PostgreSQL alike.
 * Timestamps are ISO 8601 text in UTC so both dialects sort and compare them the same way.
 * Append a migration; never edit one that has shipped.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** The database behind the store. Declared here, with the schema, so db.ts depends on this file and not the other way round. */
export type Dialect = 'sqlite' | 'postgres';

function migrations(dialect: Dialect): Record<string, Migration> {
  const serial = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    '001-contributions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('contributions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`))
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('relation', 'text', (c) => c.notNull())
          .addColumn('submission', 'text', (c) => c.notNull())
          .addColumn('reason', 'text')
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .execute();
        await db.schema.createIndex('contributions_status_created').on('contributions').columns(['status', 'created_at']).execute();
        await db.schema.createIndex('contributions_target').on('contributions').columns(['target', 'status']).execute();

        await db.schema
          .createTable('moderators')
          .addColumn('id', serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('moderator_id', 'integer', (c) => c.notNull().references('moderators.id'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('audit_log')
          .addColumn('id', serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('contribution_id', 'text')
          .addColumn('before', 'text')
          .addColumn('after', 'text')
          .execute();
        await db.schema.createIndex('audit_log_contribution').on('audit_log').column('contribution_id').execute();

        await db.schema
          .createTable('rate_limits')
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('window_start', 'bigint', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
          .execute();

        // The audit log is append-only at the database level too, not just by convention in code.
        if (dialect === 'sqlite') {
          await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
          await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
          await sql`create trigger contributions_no_delete before delete on contributions begin select raise(abort, 'contributions are never deleted'); end`.execute(db);
          // A submission and its audit entry are one statement: the insert cannot land without its entry.
          await sql`create trigger contributions_audit_submit after insert on contributions begin insert into audit_log (at, actor, action, contribution_id, before, after) values (new.created_at, 'public', 'submit', new.id, null, json_object('status', new.status)); end`.execute(db);
        } else {
          await sql`create function admissible_refuse() returns trigger language plpgsql as $$ begin raise exception '% on % is refused: the record is append-only', tg_op, tg_table_name; end $$`.execute(db);
          await sql`create trigger audit_log_append_only before update or delete on audit_log for each row execute function admissible_refuse()`.execute(db);
          await sql`create trigger contributions_no_delete before delete on contributions for each row execute function admissible_refuse()`.execute(db);
          await sql`create function admissible_audit_submit() returns trigger language plpgsql as $$ begin insert into audit_log (at, actor, action, contribution_id, before, after) values (new.created_at, 'public', 'submit', new.id, null, json_build_object('status', new.status)::text); return new; end $$`.execute(db);
          await sql`create trigger contributions_audit_submit after insert on contributions for each row execute function admissible_audit_submit()`.execute(db);
        }
      },
    },
    // The submit entry held only the status; it now holds the record as stored, in the shape a
    // decision's before and after have (contributions.ts rowForAudit).
    '002-audit-submit-record': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') {
          await sql`drop trigger contributions_audit_submit`.execute(db);
          await sql`create trigger contributions_audit_submit after insert on contributions begin insert into audit_log (at, actor, action, contribution_id, before, after) values (new.created_at, 'public', 'submit', new.id, null, json_object('status', new.status, 'relation', new.relation, 'reason', new.reason, 'submission', json(new.submission))); end`.execute(db);
        } else {
          await sql`create or replace function admissible_audit_submit() returns trigger language plpgsql as $$ begin insert into audit_log (at, actor, action, contribution_id, before, after) values (new.created_at, 'public', 'submit', new.id, null, json_build_object('status', new.status, 'relation', new.relation, 'reason', new.reason, 'submission', new.submission::json)::text); return new; end $$`.execute(db);
        }
      },
    },
    // The same audit record, built on SQLite by joining the stored JSON text instead of parsing and
    // re-serialising it on every insert (the submission is JSON this store wrote itself).
    '003-audit-submit-record-text': {
      async up(db: Kysely<unknown>) {
        if (dialect !== 'sqlite') return;
        await sql`drop trigger contributions_audit_submit`.execute(db);
        await sql`create trigger contributions_audit_submit after insert on contributions begin insert into audit_log (at, actor, action, contribution_id, before, after) values (new.created_at, 'public', 'submit', new.id, null, '{"status":' || json_quote(new.status) || ',"relation":' || json_quote(new.relation) || ',"reason":' || json_quote(new.reason) || ',"submission":' || new.submission || '}'); end`.execute(db);
      },
    },
    // Contribution forms posted without JavaScript that failed validation: kept an hour so the form can
    // be shown again with what was typed and the errors, without putting the text (or an email) in a URL.
    '004-form-drafts': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('form_drafts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('form_drafts_expires').on('form_drafts').column('expires_at').execute();
      },
    },
    // Failed sign-ins per account and client, for the growing wait between attempts (moderation-http.ts).
    '005-sign-in-backoff': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('sign_in_backoff')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('failures', 'integer', (c) => c.notNull())
          .addColumn('last_failed_at', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${(error as Error).message ?? String(error)}`);
  }
}
