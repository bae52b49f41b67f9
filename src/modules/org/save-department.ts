import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { bool, isUniqueViolation, nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { todayInChina } from './dates.js';
import {
  departmentNameTaken,
  findDepartment,
  insertDepartment,
  insertResidencyHistory,
  updateDepartmentRow,
} from './repository.js';
import type { DepartmentCreate, DepartmentUpdate } from './schema.js';

const nameTaken = (name: string) => new AppError('DUPLICATE', `本大厅已有名为“${name}”的进驻单位`);

/** Create a department (进驻单位) in a hall; its first residency history row records since when it is there. */
export async function createDepartment(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: DepartmentCreate,
) {
  await authorizeHall(trx, user, 'org.manage', hallId);
  const today = todayInChina();
  const since = input.residencySince ?? today;
  if (since > today) throw new AppError('RULE_VIOLATION', '进驻日期不能晚于今天');
  if (await departmentNameTaken(trx, hallId, input.name)) throw nameTaken(input.name);
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    name: input.name,
    short_name: input.shortName,
    residency: input.residency,
    residency_since: since,
    chief_representative: input.chiefRepresentative,
    power_immediate: bool(input.powers.immediate),
    power_promised: bool(input.powers.promised),
    power_joint: bool(input.powers.joint),
    power_reported: bool(input.powers.reported),
    delegation_letter_no: input.delegationLetterNo,
    delegation_date: input.delegationDate,
    contact_person: input.contactPerson,
    contact_phone: input.contactPhone,
    sort_order: input.sortOrder,
    created_at: now,
    updated_at: now,
  };
  try {
    await insertDepartment(trx, row);
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(input.name);
    throw e;
  }
  const history = {
    id: newId(),
    hall_id: hallId,
    department_id: row.id,
    residency: row.residency,
    effective_on: since,
    reason: '新建进驻单位',
    recorded_by: user.id,
    created_at: now,
  };
  await insertResidencyHistory(trx, history);
  await recordAudit(trx, dialect, actor, {
    action: 'department.create',
    entityType: 'department',
    entityId: row.id,
    hallId,
    after: { ...row, residency_history: history },
  });
  return row;
}

/** Edit a department's name, delegation, contacts…; residency changes go through `changeResidency`. */
export async function updateDepartment(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: DepartmentUpdate,
) {
  const before = await authorize(trx, user, 'org.manage', await findDepartment(trx, id, dialect), '进驻单位');
  if (input.name !== undefined && (await departmentNameTaken(trx, before.hall_id, input.name, id))) {
    throw nameTaken(input.name);
  }
  const p = input.powers;
  const patch = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.shortName !== undefined && { short_name: input.shortName }),
    ...(input.chiefRepresentative !== undefined && { chief_representative: input.chiefRepresentative }),
    ...(p?.immediate !== undefined && { power_immediate: bool(p.immediate) }),
    ...(p?.promised !== undefined && { power_promised: bool(p.promised) }),
    ...(p?.joint !== undefined && { power_joint: bool(p.joint) }),
    ...(p?.reported !== undefined && { power_reported: bool(p.reported) }),
    ...(input.delegationLetterNo !== undefined && { delegation_letter_no: input.delegationLetterNo }),
    ...(input.delegationDate !== undefined && { delegation_date: input.delegationDate }),
    ...(input.contactPerson !== undefined && { contact_person: input.contactPerson }),
    ...(input.contactPhone !== undefined && { contact_phone: input.contactPhone }),
    ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
    updated_at: nowIso(),
  };
  try {
    await updateDepartmentRow(trx, id, patch);
  } catch (e) {
    if (isUniqueViolation(e) && input.name !== undefined) throw nameTaken(input.name);
    throw e;
  }
  const after = (await findDepartment(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'department.update',
    entityType: 'department',
    entityId: id,
    hallId: before.hall_id,
    before,
    after,
  });
  return after;
}
