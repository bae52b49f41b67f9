import type { Updateable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { CasesTable } from '../../db/types.js';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CASE_TRANSITIONS,
  type CaseAction,
  isCaseStatus,
  nextStatus,
} from '../../domain/case-state.js';
import { AppError } from '../../http/errors.js';
import { type Actor, type AuditAction, recordAudit } from '../audit/record.js';
import type { AuthUser } from '../auth/session.js';
import { type CaseRow, findCase, insertEvent } from './repository.js';

/** Who acts on a case: the signed-in user (null for the system's jobs) and the audit actor with the IP. */
export interface CaseActor {
  dialect: Dialect;
  actor: Actor;
  user: AuthUser | null;
}

/** The case's row, locked on PostgreSQL until the transaction ends (SQLite transactions are serialized). */
export function loadCaseForUpdate(trx: Db, dialect: Dialect, id: string): Promise<CaseRow | undefined> {
  return findCase(trx, id, dialect);
}

/** 409 VERSION_CONFLICT when the client loaded an older version than the stored one. */
export function checkVersion(c: CaseRow, rowVersion: number): void {
  if (c.row_version !== rowVersion)
    throw new AppError('VERSION_CONFLICT', '办件已被他人处理或修改，请刷新后重试', {
      rowVersion: c.row_version,
      status: c.status,
    });
}

function statusLabel(s: string): string {
  return isCaseStatus(s) ? CASE_STATUS_LABELS[s] : s;
}

/** 409 CASE_STATE (nothing changed) when `action` is illegal for the case in its current state. */
export function assertTransition(c: CaseRow, action: CaseAction): void {
  if (nextStatus(c.status, action, c.kind) === null)
    throw new AppError('CASE_STATE', `办件当前状态为“${statusLabel(c.status)}”，不能${CASE_ACTION_LABELS[action]}`, {
      status: c.status,
      action,
    });
}

export interface CaseEventInput {
  caseId: string;
  hallId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  userId: string | null;
  /** stored as JSON together with the IP */
  detail?: Record<string, unknown>;
  ip?: string;
  at?: string;
}

/** One row of the case's timeline (case_events); call inside the transaction of the change. */
export async function recordCaseEvent(trx: Db, e: CaseEventInput): Promise<void> {
  await insertEvent(trx, {
    id: newId(),
    hall_id: e.hallId,
    case_id: e.caseId,
    at: e.at ?? nowIso(),
    action: e.action,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    user_id: e.userId,
    detail: JSON.stringify({ ip: e.ip ?? '', ...(e.detail ?? {}) }),
  });
}

const AUDIT: Record<CaseAction, AuditAction> = {
  accept: 'case.accept',
  deem_accept: 'case.deem_accept',
  request_supplements: 'case.request_supplements',
  receive_supplements: 'case.receive_supplements',
  reject: 'case.reject',
  start_review: 'case.start_review',
  pause: 'case.pause',
  resume: 'case.resume',
  escalate: 'case.escalate',
  decide: 'case.decide',
  settle: 'case.settle',
  deliver: 'case.deliver',
  close: 'case.close',
  withdraw: 'case.withdraw',
  request_extension: 'case.request_extension',
  decide_extension: 'case.decide_extension',
};

export interface TransitionOptions {
  /** columns changed together with the status */
  set?: Updateable<CasesTable>;
  /** stored in the event and the audit record */
  detail?: Record<string, unknown>;
}

/**
 * THE way a case changes state: legal move (else 409 CASE_STATE), permission of the action (a user
 * lacking it → 403; the system may do anything), conditional update on `row_version` (a concurrent
 * change → 409 VERSION_CONFLICT), one case_events row and one audit record — all in `trx`, so a
 * failure leaves nothing behind. Returns the row as now stored.
 */
export async function transitionCase(
  trx: Db,
  who: CaseActor,
  c: CaseRow,
  action: CaseAction,
  o: TransitionOptions = {},
): Promise<CaseRow> {
  assertTransition(c, action);
  const to = nextStatus(c.status, action, c.kind) as string;
  const rule = CASE_TRANSITIONS[action];
  if (who.user && (rule.systemOnly || !who.user.permissions.has(rule.permission))) throw new AppError('FORBIDDEN');
  const at = nowIso();
  const set = { ...o.set, status: to, row_version: c.row_version + 1, updated_at: at };
  const r = await trx
    .updateTable('cases')
    .set(set)
    .where('id', '=', c.id)
    .where('row_version', '=', c.row_version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw new AppError('VERSION_CONFLICT', '办件已被他人处理或修改，请刷新后重试', { status: c.status });
  await recordCaseEvent(trx, {
    caseId: c.id,
    hallId: c.hall_id,
    action,
    fromStatus: c.status,
    toStatus: to,
    userId: who.user?.id ?? null,
    ip: who.actor.ip,
    detail: o.detail,
    at,
  });
  await recordAudit(trx, who.dialect, who.actor, {
    action: AUDIT[action],
    entityType: 'case',
    entityId: c.id,
    hallId: c.hall_id,
    before: { status: c.status, rowVersion: c.row_version },
    after: { status: to, rowVersion: c.row_version + 1, number: c.number, ...(o.detail ?? {}) },
  });
  return { ...c, ...(o.set as Partial<CaseRow>), status: to, row_version: c.row_version + 1, updated_at: at };
}
