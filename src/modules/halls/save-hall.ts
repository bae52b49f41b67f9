import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorizeHall, authorizeHallRow } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { findHall } from './repository.js';
import { HALL_LEVELS, type HallCreateSchema, type HallUpdateSchema } from './schema.js';

/** A child hall must sit one or more levels below its parent (city → county → township → community). */
export function levelAllowedUnder(parentLevel: string, childLevel: string): boolean {
  return HALL_LEVELS.indexOf(childLevel as never) > HALL_LEVELS.indexOf(parentLevel as never);
}

export async function createHall(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  input: z.infer<typeof HallCreateSchema>,
) {
  await authorizeHall(trx, user, 'hall.manage', input.parentId);
  const parent = await findHall(trx, input.parentId);
  if (!parent) throw new AppError('NOT_FOUND', '上级大厅不存在');
  if (!levelAllowedUnder(parent.level, input.level)) {
    throw new AppError('RULE_VIOLATION', '下级大厅的层级必须低于上级大厅');
  }
  const id = newId();
  const now = nowIso();
  const row = {
    id,
    parent_id: parent.id,
    path: `${parent.path}${id}/`,
    name: input.name,
    short_name: input.shortName ?? null,
    level: input.level,
    division_code: input.divisionCode,
    code: input.code,
    address: input.address,
    phone: input.phone,
    opening_hours: JSON.stringify(input.openingHours),
    sort_order: 0,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('halls').values(row).execute();
  await recordAudit(trx, dialect, actor, {
    action: 'hall.create',
    entityType: 'hall',
    entityId: id,
    hallId: id,
    after: row,
  });
  return row;
}

export async function updateHall(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: z.infer<typeof HallUpdateSchema>,
) {
  const before = await authorizeHallRow(trx, user, 'hall.manage', await findHall(trx, hallId));
  const patch = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.shortName !== undefined && { short_name: input.shortName }),
    ...(input.divisionCode !== undefined && { division_code: input.divisionCode }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.openingHours !== undefined && { opening_hours: JSON.stringify(input.openingHours) }),
    updated_at: nowIso(),
  };
  await trx.updateTable('halls').set(patch).where('id', '=', hallId).execute();
  const after = await findHall(trx, hallId);
  await recordAudit(trx, dialect, actor, {
    action: 'hall.update',
    entityType: 'hall',
    entityId: hallId,
    hallId,
    before,
    after,
  });
  return after!;
}
