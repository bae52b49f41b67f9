import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { Staff, Window } from '../../db/types.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { todayInChina } from './dates.js';
import { endAssignment, findStaff, findWindow, insertAssignment, openAssignmentsOfStaff } from './repository.js';
import type { AssignmentCreate } from './schema.js';

interface OpenAssignment {
  window_id: string;
  from_date: string;
}

/** Why an assignment is refused, or null. `window` is undefined when the request ends the current one only. */
export function assignmentProblem(
  staff: Pick<Staff, 'hall_id' | 'active'>,
  window: Pick<Window, 'hall_id' | 'status'> | null | undefined,
  windowId: string | null,
  open: readonly OpenAssignment[],
  fromDate: string,
  today: string,
): string | null {
  if (staff.active !== 1) return '该工作人员已停用，不能安排窗口';
  if (windowId !== null) {
    if (!window || window.hall_id !== staff.hall_id) return '所选窗口必须是该工作人员所在大厅的窗口';
    if (window.status === 'closed') return '该窗口已关闭，不能安排人员';
    if (open.length === 1 && open[0]!.window_id === windowId) return '该工作人员已在此窗口上岗';
  } else if (open.length === 0) {
    return '该工作人员当前没有窗口安排';
  }
  if (fromDate > today) return '上岗日期不能晚于今天';
  const latest = open.reduce<string | null>((max, a) => (max === null || a.from_date > max ? a.from_date : max), null);
  if (latest !== null && fromDate < latest) return `日期不能早于当前安排的开始日期（${latest}）`;
  return null;
}

/**
 * Put a staff member at a window from `fromDate`: their open assignment ends that day and a new one
 * opens, so each window keeps its staffing history. `windowId` null only ends the open assignment.
 */
export async function assignStaff(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  staffId: string,
  input: AssignmentCreate,
) {
  const staff = await authorize(trx, user, 'org.manage', await findStaff(trx, staffId, dialect), '工作人员');
  const window = input.windowId === null ? null : await findWindow(trx, input.windowId);
  const open = await openAssignmentsOfStaff(trx, staffId);
  const problem = assignmentProblem(staff, window, input.windowId, open, input.fromDate, todayInChina());
  if (problem) throw new AppError('RULE_VIOLATION', problem);
  for (const a of open) await endAssignment(trx, a.id, input.fromDate);
  const opened =
    input.windowId === null
      ? null
      : {
          id: newId(),
          hall_id: staff.hall_id,
          staff_id: staffId,
          window_id: input.windowId,
          from_date: input.fromDate,
          to_date: null,
          created_at: nowIso(),
        };
  if (opened) await insertAssignment(trx, opened);
  await recordAudit(trx, dialect, actor, {
    action: 'staff.assign',
    entityType: 'staff',
    entityId: staffId,
    hallId: staff.hall_id,
    before: { open_assignments: open },
    after: { ended: open.map((a) => ({ ...a, to_date: input.fromDate })), opened },
  });
  return staff;
}
