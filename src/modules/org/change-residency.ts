import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { todayInChina } from './dates.js';
import { findDepartment, insertResidencyHistory, updateDepartmentRow } from './repository.js';
import { RESIDENCY_LABELS, type Residency, type ResidencyChange } from './schema.js';

/**
 * Why a residency change is refused, or null when it may proceed. Changes must move forward in time
 * (the history stays in order) and cannot be dated in the future (the current state would be wrong).
 */
export function residencyChangeProblem(
  current: { residency: string; residency_since: string },
  change: { residency: Residency; effectiveOn: string },
  today: string,
): string | null {
  if (change.residency === current.residency) {
    return `该单位已是“${RESIDENCY_LABELS[change.residency]}”状态，无需变更`;
  }
  if (change.effectiveOn < current.residency_since) {
    return `生效日期不能早于当前状态的起始日期（${current.residency_since}）`;
  }
  if (change.effectiveOn > today) return '生效日期不能晚于今天';
  return null;
}

/** Change a department's residency (常驻/预约/撤离) and keep the change, its date and reason as history. */
export async function changeResidency(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: ResidencyChange,
) {
  const before = await authorize(trx, user, 'org.manage', await findDepartment(trx, id, dialect), '进驻单位');
  const problem = residencyChangeProblem(before, input, todayInChina());
  if (problem) throw new AppError('RULE_VIOLATION', problem);
  const now = nowIso();
  await updateDepartmentRow(trx, id, {
    residency: input.residency,
    residency_since: input.effectiveOn,
    updated_at: now,
  });
  const history = {
    id: newId(),
    hall_id: before.hall_id,
    department_id: id,
    residency: input.residency,
    effective_on: input.effectiveOn,
    reason: input.reason,
    recorded_by: user.id,
    created_at: now,
  };
  await insertResidencyHistory(trx, history);
  const after = (await findDepartment(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'department.residency',
    entityType: 'department',
    entityId: id,
    hallId: before.hall_id,
    before,
    after: { ...after, residency_history: history },
  });
  return after;
}
