import type { Updateable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
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
import { type Actor, type AuditAction, recordAudits } from '../audit/record.js';
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

/** One state change of `transitionCaseSteps`. */
export interface TransitionStep extends TransitionOptions {
  action: CaseAction;
}

type UpdateArgs = Record<string, unknown>;
/** The conditional `update cases`, built once per set of changed columns (a handful of shapes, one per kind of change). */
const caseUpdates = new Map<string, (db: Db, args: UpdateArgs) => Promise<{ id: string }[]>>();
function caseUpdate(columns: readonly string[]) {
  const key = columns.join(',');
  let q = caseUpdates.get(key);
  if (!q) {
    q = preparedQuery((db, arg: Arg<UpdateArgs>) =>
      db
        .updateTable('cases')
        .set(Object.fromEntries(columns.map((c) => [c, arg(`set_${c}`)])) as Updateable<CasesTable>)
        .where('id', '=', arg('id') as string)
        .where('row_version', '=', arg('rowVersion') as number)
        .returning('id'),
    );
    caseUpdates.set(key, q);
  }
  return q;
}

/**
 * THE way a case changes state: legal move (else 409 CASE_STATE), permission of the action (a user
 * lacking it → 403; the system may do anything), conditional update on `row_version` (a concurrent
 * change → 409 VERSION_CONFLICT), one case_events row and one audit record — all in `trx`, so a
 * failure leaves nothing behind. Returns the row as now stored.
 */
export function transitionCase(
  trx: Db,
  who: CaseActor,
  c: CaseRow,
  action: CaseAction,
  o: TransitionOptions = {},
): Promise<CaseRow> {
  return transitionCaseSteps(trx, who, c, [{ action, ...o }]);
}

/**
 * Several state changes of one request in a row (e.g. `accept` then `start_review`), each checked
 * and recorded exactly as `transitionCase` would (legal move from the state the previous step left,
 * permission, its own event and audit record with its own before/after, the version going up by one
 * per step), but written with ONE conditional update of the case row on the version the caller loaded.
 */
export async function transitionCaseSteps(
  trx: Db,
  who: CaseActor,
  c: CaseRow,
  steps: readonly TransitionStep[],
  o: { /** the case's hall path, when the caller read the hall in this transaction */ hallPath?: string } = {},
): Promise<CaseRow> {
  const at = nowIso();
  let row = c;
  const moves: { step: TransitionStep; from: CaseRow; to: string }[] = [];
  for (const step of steps) {
    assertTransition(row, step.action);
    const to = nextStatus(row.status, step.action, row.kind) as string;
    const rule = CASE_TRANSITIONS[step.action];
    if (who.user && (rule.systemOnly || !who.user.permissions.has(rule.permission))) throw new AppError('FORBIDDEN');
    moves.push({ step, from: row, to });
    row = { ...row, ...(step.set as Partial<CaseRow>), status: to, row_version: row.row_version + 1, updated_at: at };
  }
  if (moves.length === 0) return c;
  const set: Record<string, unknown> = {};
  for (const { step } of moves) for (const [k, v] of Object.entries(step.set ?? {})) if (v !== undefined) set[k] = v;
  Object.assign(set, { status: row.status, row_version: row.row_version, updated_at: at });
  const columns = Object.keys(set);
  const args: UpdateArgs = { id: c.id, rowVersion: c.row_version };
  for (const k of columns) args[`set_${k}`] = set[k];
  const updated = await caseUpdate(columns)(trx, args);
  if (updated.length !== 1)
    throw new AppError('VERSION_CONFLICT', '办件已被他人处理或修改，请刷新后重试', { status: c.status });
  for (const { step, from, to } of moves)
    await recordCaseEvent(trx, {
      caseId: c.id,
      hallId: c.hall_id,
      action: step.action,
      fromStatus: from.status,
      toStatus: to,
      userId: who.user?.id ?? null,
      ip: who.actor.ip,
      detail: step.detail,
      at,
    });
  await recordAudits(
    trx,
    who.dialect,
    who.actor,
    moves.map(({ step, from, to }) => ({
      action: AUDIT[step.action],
      entityType: 'case',
      entityId: c.id,
      hallId: c.hall_id,
      hallPath: o.hallPath,
      before: { status: from.status, rowVersion: from.row_version },
      after: { status: to, rowVersion: from.row_version + 1, number: c.number, ...(step.detail ?? {}) },
    })),
  );
  return row;
}
