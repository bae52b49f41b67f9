import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { isUniqueViolation, nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { departmentIdsInHall, findWindow, insertWindow, updateWindowRow, windowNumberTaken } from './repository.js';
import type { WindowCreate, WindowUpdate } from './schema.js';

const numberTaken = (n: string) => new AppError('DUPLICATE', `窗口编号“${n}”在本大厅已被使用，请换一个编号`);

/** The departments a window serves must be departments of the window's own hall; returns them de-duplicated. */
async function checkDepartments(trx: Db, hallId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await departmentIdsInHall(trx, hallId, unique);
  if (unique.some((id) => !found.has(id))) {
    throw new AppError('RULE_VIOLATION', '窗口服务的单位必须是本大厅的进驻单位');
  }
  return unique;
}

async function writeOrDuplicate(number: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw numberTaken(number);
    throw e;
  }
}

/** Create a window (窗口); its number is what the public sees and is unique within the hall. */
export async function createWindow(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: WindowCreate,
) {
  await authorizeHall(trx, user, 'org.manage', hallId);
  if (await windowNumberTaken(trx, hallId, input.number)) throw numberTaken(input.number);
  const departmentIds = await checkDepartments(trx, hallId, input.departmentIds);
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    number: input.number,
    name: input.name,
    kind: input.kind,
    status: input.status,
    department_ids: JSON.stringify(departmentIds),
    created_at: now,
    updated_at: now,
  };
  await writeOrDuplicate(input.number, () => insertWindow(trx, row));
  await recordAudit(trx, dialect, actor, {
    action: 'window.create',
    entityType: 'window',
    entityId: row.id,
    hallId,
    after: row,
  });
  return row;
}

/** Edit a window's number, name, kind, status or departments served. */
export async function updateWindow(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: WindowUpdate,
) {
  const before = await authorize(trx, user, 'org.manage', await findWindow(trx, id, dialect), '窗口');
  if (input.number !== undefined && (await windowNumberTaken(trx, before.hall_id, input.number, id))) {
    throw numberTaken(input.number);
  }
  const departmentIds =
    input.departmentIds === undefined ? undefined : await checkDepartments(trx, before.hall_id, input.departmentIds);
  const patch = {
    ...(input.number !== undefined && { number: input.number }),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.status !== undefined && { status: input.status }),
    ...(departmentIds !== undefined && { department_ids: JSON.stringify(departmentIds) }),
    updated_at: nowIso(),
  };
  await writeOrDuplicate(input.number ?? before.number, () => updateWindowRow(trx, id, patch));
  const after = (await findWindow(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'window.update',
    entityType: 'window',
    entityId: id,
    hallId: before.hall_id,
    before,
    after,
  });
  return after;
}
