import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { bool, nowIso } from '../../db/index.js';
import type { Staff } from '../../db/types.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { todayInChina } from './dates.js';
import { staffForAudit } from './load-views.js';
import {
  departmentIdsInHall,
  endAssignment,
  findStaff,
  insertStaff,
  openAssignmentsOfStaff,
  updateStaffRow,
} from './repository.js';
import type { StaffCreate, StaffUpdate } from './schema.js';

/** A staff member's department must be a department of the staff member's own hall. */
async function checkDepartment(trx: Db, hallId: string, departmentId: string | null): Promise<void> {
  if (departmentId === null) return;
  const found = await departmentIdsInHall(trx, hallId, [departmentId]);
  if (!found.has(departmentId)) throw new AppError('RULE_VIOLATION', '所属单位必须是本大厅的进驻单位');
}

/** Create a staff member (工作人员) with the badge fields: name, photo, department, post, title, duties. */
export async function createStaff(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: StaffCreate,
) {
  await authorizeHall(trx, user, 'org.manage', hallId);
  await checkDepartment(trx, hallId, input.departmentId);
  const now = nowIso();
  const row: Staff = {
    id: newId(),
    hall_id: hallId,
    department_id: input.departmentId,
    name: input.name,
    employee_no: input.employeeNo,
    post: input.post,
    title: input.title,
    duties: input.duties,
    phone: input.phone,
    photo: input.photo,
    active: bool(input.active),
    created_at: now,
    updated_at: now,
  };
  await insertStaff(trx, row);
  await recordAudit(trx, dialect, actor, {
    action: 'staff.create',
    entityType: 'staff',
    entityId: row.id,
    hallId,
    after: staffForAudit(row),
  });
  return row;
}

/** Edit a staff member; deactivating one also ends their current window assignment (as of today). */
export async function updateStaff(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: StaffUpdate,
) {
  const before = await authorize(trx, user, 'org.manage', await findStaff(trx, id, dialect), '工作人员');
  if (input.departmentId !== undefined) await checkDepartment(trx, before.hall_id, input.departmentId);
  await updateStaffRow(trx, id, {
    ...(input.departmentId !== undefined && { department_id: input.departmentId }),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.employeeNo !== undefined && { employee_no: input.employeeNo }),
    ...(input.post !== undefined && { post: input.post }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.duties !== undefined && { duties: input.duties }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.active !== undefined && { active: bool(input.active) }),
    updated_at: nowIso(),
  });
  const ended: { id: string; window_id: string; to_date: string }[] = [];
  if (before.active === 1 && input.active === false) {
    const today = todayInChina();
    for (const a of await openAssignmentsOfStaff(trx, id)) {
      // an assignment dated in the future cannot end before it starts
      const toDate = [a.from_date, today].sort()[1]!;
      await endAssignment(trx, a.id, toDate);
      ended.push({ id: a.id, window_id: a.window_id, to_date: toDate });
    }
  }
  const after = (await findStaff(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'staff.update',
    entityType: 'staff',
    entityId: id,
    hallId: before.hall_id,
    before: staffForAudit(before),
    after: ended.length ? { ...staffForAudit(after), ended_assignments: ended } : staffForAudit(after),
  });
  return after;
}

/** Set or remove (null) a staff member's badge photo; the data URL was validated by the schema. */
export async function setStaffPhoto(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  dataUrl: string | null,
) {
  const before = await authorize(trx, user, 'org.manage', await findStaff(trx, id, dialect), '工作人员');
  await updateStaffRow(trx, id, { photo: dataUrl, updated_at: nowIso() });
  const after = (await findStaff(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'staff.update',
    entityType: 'staff',
    entityId: id,
    hallId: before.hall_id,
    before: staffForAudit(before),
    after: staffForAudit(after),
  });
  return after;
}
