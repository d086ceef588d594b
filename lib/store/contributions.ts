/**
 * Contributions: submitted by readers, decided by moderators. Every change goes through here,
 * in a transaction with its audit entry; nothing is ever deleted (a rejection is a status).
 */
import { randomBytes } from 'node:crypto';
import type { ContributionStatus, ContributionTable, Store } from './db';
import { appendAudit } from './audit';
import { batched } from './batch';
import { displayReviver, displayText, type Submission } from './rules';
import { isNodeSubmission, SUGGESTION_RELATIONS, type AnySubmission } from './suggestions';

export interface Contribution {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: ContributionStatus;
  target: string;
  kind: AnySubmission['kind'];
  /** For a pinpoint suggestion "pinpoints", for a ruling proposal "proposes". */
  relation: Submission['relation'] | (typeof SUGGESTION_RELATIONS)[keyof typeof SUGGESTION_RELATIONS];
  submission: AnySubmission;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Contribution ids: 96 random bits as hex, so ids cannot be guessed or enumerated. */
export const CONTRIBUTION_ID = /^[0-9a-f]{24}$/;

export function newContributionId(): string {
  return randomBytes(12).toString('hex');
}

function toContribution(row: ContributionTable): Contribution {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    status: row.status,
    target: row.target,
    kind: row.kind as Contribution['kind'],
    relation: row.relation as Contribution['relation'],
    // Shown as stored, but never a string the browser would render differently (rules.ts displayText).
    submission: JSON.parse(row.submission, displayReviver) as AnySubmission,
    reason: row.reason === null ? null : displayText(row.reason),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/** Public view of a contribution: the contributor's email never leaves the store. */
export function publicSubmission<S extends AnySubmission>(s: S): S {
  if (!s.contributor) return s;
  const { email: _email, ...contributor } = s.contributor;
  return { ...s, contributor };
}

export async function submitContribution(store: Store, submission: AnySubmission, now: Date): Promise<Contribution> {
  const at = now.toISOString();
  const row: ContributionTable = {
    id: newContributionId(),
    created_at: at,
    updated_at: at,
    status: 'pending',
    target: submission.target,
    kind: submission.kind,
    relation: isNodeSubmission(submission) ? submission.relation : SUGGESTION_RELATIONS[submission.kind],
    submission: JSON.stringify(submission),
    reason: null,
    decided_by: null,
    decided_at: null,
  };
  await insertBatched(store)(row);
  return toContribution(row);
}

const inserters = new WeakMap<Store, (row: ContributionTable) => Promise<void>>();

/**
 * Concurrent submissions are inserted together, in one statement; the database's
 * contributions_audit_submit trigger writes each one's audit entry in that same statement.
 */
function insertBatched(store: Store) {
  let insert = inserters.get(store);
  if (!insert) {
    insert = batched(async (rows: ContributionTable[]) => {
      await store.db.insertInto('contributions').values(rows).execute();
      return rows.map(() => undefined);
    });
    inserters.set(store, insert);
  }
  return insert;
}

export async function getContribution(store: Store, id: string): Promise<Contribution | undefined> {
  if (!CONTRIBUTION_ID.test(id)) return undefined;
  const row = await store.db.selectFrom('contributions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toContribution(row) : undefined;
}

export async function listContributions(store: Store, options: { status?: ContributionStatus; target?: string; limit?: number; oldestFirst?: boolean } = {}): Promise<Contribution[]> {
  let q = store.db.selectFrom('contributions').selectAll();
  if (options.status) q = q.where('status', '=', options.status);
  if (options.target) q = q.where('target', '=', options.target);
  const dir = options.oldestFirst ? 'asc' : 'desc';
  const rows = await q.orderBy('created_at', dir).orderBy('id', dir).limit(options.limit ?? 500).execute();
  return rows.map(toContribution);
}

export async function countContributions(store: Store): Promise<number> {
  const row = await store.db.selectFrom('contributions').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export class DecisionError extends Error {
  constructor(
    message: string,
    readonly code: 'not-found' | 'already-decided' | 'invalid',
  ) {
    super(message);
  }
}

export type Decision =
  | { action: 'approve' }
  | { action: 'reject'; reason: string }
  | { action: 'edit-approve'; submission: Submission }
  /** An approved contribution taken off the map later: it becomes rejected, with a public reason. */
  | { action: 'withdraw'; reason: string };

/**
 * Applies a moderator's decision: approve, reject or edit-approve a pending contribution, or
 * withdraw an approved one. The status check and the update are one statement (where status =
 * the status it was read with), so two moderators cannot both decide it.
 */
export async function decideContribution(store: Store, id: string, moderator: string, decision: Decision, now: Date): Promise<Contribution> {
  const at = now.toISOString();
  return store.db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('contributions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new DecisionError(`no contribution "${id}"`, 'not-found');
    const from: ContributionStatus = decision.action === 'withdraw' ? 'approved' : 'pending';
    if (before.status !== from) throw new DecisionError(`contribution ${id} was already ${before.status}`, 'already-decided');
    const rejecting = decision.action === 'reject' || decision.action === 'withdraw';
    const update: Partial<ContributionTable> = {
      status: rejecting ? 'rejected' : 'approved',
      updated_at: at,
      decided_at: at,
      decided_by: moderator,
      reason: rejecting ? decision.reason : null,
    };
    if (decision.action === 'edit-approve') {
      if (decision.submission.target !== before.target || decision.submission.kind !== before.kind) {
        throw new DecisionError('an edit may not change the target or the kind of a contribution', 'invalid');
      }
      update.submission = JSON.stringify(decision.submission);
      update.relation = decision.submission.relation;
    }
    const result = await tx.updateTable('contributions').set(update).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new DecisionError(`contribution ${id} was decided by someone else meanwhile`, 'already-decided');
    const after: ContributionTable = { ...before, ...update };
    await appendAudit(tx, { at, actor: moderator, action: decision.action, contributionId: id, before: rowForAudit(before), after: rowForAudit(after) });
    return toContribution(after);
  });
}

function rowForAudit(row: ContributionTable) {
  return { status: row.status, relation: row.relation, reason: row.reason, submission: JSON.parse(row.submission) as unknown };
}
