/** The append-only audit log: who did what, when, and the record before and after. Only inserts here. */
import type { Kysely, Transaction } from 'kysely';
import type { AuditTable, Database } from './db';
import { displayReviver, displayText } from './rules';

export interface AuditEntry {
  at: string;
  actor: string;
  action: 'submit' | 'approve' | 'reject' | 'edit-approve' | 'withdraw' | 'login' | 'logout' | 'login-failed';
  contributionId?: string;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      contribution_id: entry.contributionId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  contributionId: string | null;
  before: unknown;
  after: unknown;
}

function toRecord(row: { id: number } & Omit<AuditTable, 'id'>): AuditRecord {
  return {
    id: Number(row.id),
    at: row.at,
    actor: displayText(row.actor),
    action: row.action,
    contributionId: row.contribution_id,
    before: row.before === null ? null : JSON.parse(row.before, displayReviver),
    after: row.after === null ? null : JSON.parse(row.after, displayReviver),
  };
}

/** The log, newest first; for one contribution when contributionId is given. */
export async function readAudit(db: Kysely<Database>, options: { contributionId?: string; limit?: number } = {}): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (options.contributionId) q = q.where('contribution_id', '=', options.contributionId);
  const rows = await q.orderBy('id', 'desc').limit(options.limit ?? 200).execute();
  return rows.map(toRecord);
}
