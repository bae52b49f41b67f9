import type { Db } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { Permission } from '../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import { type AuditAction, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { type CaseActor, type CaseRow, checkVersion, loadCaseForUpdate, recordCaseEvent } from './core.js';

/** A signed-in reviewer acting on cases. */
export type Reviewer = CaseActor & { user: AuthUser };

/**
 * The case a review action works on: locked (PostgreSQL), inside the caller's part of the hall tree
 * (else 404), with `permission` (else 403), at the version the client loaded (else 409).
 */
export async function loadForReview(
  trx: Db,
  who: Reviewer,
  caseId: string,
  rowVersion: number,
  permission: Permission = 'case.review',
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, permission, await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, rowVersion);
  return c;
}

/** Approvers only work on their own department's tasks and cases (`users.department_id`). */
export function requireDepartment(user: AuthUser, departmentId: string, detail: string): void {
  if (!user.departmentId || user.departmentId !== departmentId) throw new AppError('FORBIDDEN', detail);
}

/**
 * A change of a case that keeps its state (a task finished): the row version goes up under the
 * same optimistic check as a transition, with one case_events row and one audit record.
 */
export async function touchCase(
  trx: Db,
  who: Reviewer,
  c: CaseRow,
  action: string,
  audit: AuditAction,
  detail: Record<string, unknown>,
): Promise<CaseRow> {
  const at = nowIso();
  const r = await trx
    .updateTable('cases')
    .set({ row_version: c.row_version + 1, updated_at: at })
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
    toStatus: c.status,
    userId: who.user.id,
    ip: who.actor.ip,
    detail,
    at,
  });
  await recordAudit(trx, who.dialect, who.actor, {
    action: audit,
    entityType: 'case',
    entityId: c.id,
    hallId: c.hall_id,
    before: { status: c.status, rowVersion: c.row_version },
    after: { status: c.status, rowVersion: c.row_version + 1, number: c.number, ...detail },
  });
  return { ...c, row_version: c.row_version + 1, updated_at: at };
}
