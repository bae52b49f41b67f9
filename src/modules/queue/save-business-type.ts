import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize, authorizeHall, canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { presentBusinessType } from './present.js';
import { type BusinessTypeRow, findBusinessType, listBusinessTypes, windowMappingsOfHall } from './repository.js';
import type { BusinessType, BusinessTypeCreateSchema, BusinessTypeUpdateSchema } from './schema.js';

/** Business types 业务类型 of a hall: list, create, update (queue.configure). */

async function assertPrefixFree(trx: Db, hallId: string, prefix: string, exceptId: string | null): Promise<void> {
  const clash = await trx
    .selectFrom('business_types')
    .select(['id', 'name'])
    .where('hall_id', '=', hallId)
    .where('prefix', '=', prefix)
    .executeTakeFirst();
  if (clash && clash.id !== exceptId)
    throw new AppError('DUPLICATE', `号码前缀 ${prefix} 已被“${clash.name}”使用`, { field: 'prefix' });
}

/** Every business type of a hall with the windows serving it (configure, monitor or operate). */
export async function listHallBusinessTypes(db: Db, user: AuthUser, hallId: string): Promise<BusinessType[]> {
  if (!(await canSeeHall(db, user, hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
  const can = ['queue.configure', 'queue.monitor', 'queue.operate'] as const;
  if (!can.some((p) => user.permissions.has(p))) throw new AppError('FORBIDDEN');
  const [types, maps] = [await listBusinessTypes(db, hallId), await windowMappingsOfHall(db, hallId)];
  return types.map((t) =>
    presentBusinessType(
      t,
      maps
        .filter((m) => m.business_type_id === t.id)
        .map((m) => ({ windowId: m.window_id, windowNumber: m.number, preferred: m.preferred === 1 })),
    ),
  );
}

export async function createBusinessType(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: z.infer<typeof BusinessTypeCreateSchema>,
): Promise<BusinessTypeRow> {
  await authorizeHall(trx, user, 'queue.configure', hallId);
  await assertPrefixFree(trx, hallId, input.prefix, null);
  const now = nowIso();
  const row: BusinessTypeRow = {
    id: newId(),
    hall_id: hallId,
    name: input.name,
    prefix: input.prefix,
    description: input.description,
    daily_cap: input.dailyCap,
    take_hours: JSON.stringify(input.takeHours),
    avg_service_minutes: input.avgServiceMinutes,
    active: input.active ? 1 : 0,
    sort_order: input.sortOrder,
    bookable: input.bookable ? 1 : 0,
    slot_minutes: input.slotMinutes,
    slot_capacity: input.slotCapacity,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('business_types').values(row).execute();
  await recordAudit(trx, dialect, actor, {
    action: 'queue.business_type.create',
    entityType: 'business_type',
    entityId: row.id,
    hallId,
    after: row,
  });
  return row;
}

export async function updateBusinessType(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: z.infer<typeof BusinessTypeUpdateSchema>,
): Promise<BusinessTypeRow> {
  const before = await authorize(trx, user, 'queue.configure', await findBusinessType(trx, id), '业务类型');
  if (input.prefix !== undefined && input.prefix !== before.prefix)
    await assertPrefixFree(trx, before.hall_id, input.prefix, id);
  const patch = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.prefix !== undefined && { prefix: input.prefix }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.dailyCap !== undefined && { daily_cap: input.dailyCap }),
    ...(input.takeHours !== undefined && { take_hours: JSON.stringify(input.takeHours) }),
    ...(input.avgServiceMinutes !== undefined && { avg_service_minutes: input.avgServiceMinutes }),
    ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
    ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
    ...(input.bookable !== undefined && { bookable: input.bookable ? 1 : 0 }),
    ...(input.slotMinutes !== undefined && { slot_minutes: input.slotMinutes }),
    ...(input.slotCapacity !== undefined && { slot_capacity: input.slotCapacity }),
    updated_at: nowIso(),
  };
  await trx.updateTable('business_types').set(patch).where('id', '=', id).execute();
  const after = (await findBusinessType(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'queue.business_type.update',
    entityType: 'business_type',
    entityId: id,
    hallId: before.hall_id,
    before,
    after,
  });
  return after;
}

/** One business type as the configuration API shows it. */
export async function businessTypeView(db: Db, t: BusinessTypeRow): Promise<BusinessType> {
  const maps = await db
    .selectFrom('window_business_types as wb')
    .innerJoin('windows as w', 'w.id', 'wb.window_id')
    .select(['wb.window_id', 'wb.preferred', 'w.number'])
    .where('wb.business_type_id', '=', t.id)
    .orderBy('w.number')
    .execute();
  return presentBusinessType(
    t,
    maps.map((m) => ({ windowId: m.window_id, windowNumber: m.number, preferred: m.preferred === 1 })),
  );
}
