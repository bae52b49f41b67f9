import type { z } from 'zod';
import type { Db, Dialect } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { findWindow } from './repository.js';
import type { WindowTypesBodySchema, WindowTypesSchema } from './schema.js';

type WindowTypes = z.infer<typeof WindowTypesSchema>;

async function windowTypesView(db: Db, windowId: string): Promise<WindowTypes> {
  const rows = await db
    .selectFrom('window_business_types as wb')
    .innerJoin('business_types as bt', 'bt.id', 'wb.business_type_id')
    .select(['wb.business_type_id', 'wb.preferred', 'bt.name', 'bt.prefix'])
    .where('wb.window_id', '=', windowId)
    .orderBy('wb.preferred', 'desc')
    .orderBy('bt.prefix')
    .execute();
  return {
    windowId,
    types: rows.map((r) => ({
      businessTypeId: r.business_type_id,
      name: r.name,
      prefix: r.prefix,
      preferred: r.preferred === 1,
    })),
  };
}

/** Which business types a window serves, each preferred (优先) or not (queue.configure). Replaces the whole set. */
export async function setWindowTypes(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  windowId: string,
  input: z.infer<typeof WindowTypesBodySchema>,
): Promise<WindowTypes> {
  const w = await authorize(trx, user, 'queue.configure', await findWindow(trx, windowId), '窗口');
  const ids = input.types.map((t) => t.businessTypeId);
  if (ids.length > 0) {
    const found = await trx
      .selectFrom('business_types')
      .select('id')
      .where('hall_id', '=', w.hall_id)
      .where('id', 'in', ids)
      .execute();
    if (found.length !== ids.length) throw new AppError('NOT_FOUND', '业务类型不存在（须为本大厅的业务类型）');
  }
  const before = await windowTypesView(trx, windowId);
  await trx.deleteFrom('window_business_types').where('window_id', '=', windowId).execute();
  if (input.types.length > 0) {
    await trx
      .insertInto('window_business_types')
      .values(
        input.types.map((t) => ({
          hall_id: w.hall_id,
          window_id: windowId,
          business_type_id: t.businessTypeId,
          preferred: t.preferred ? 1 : 0,
        })),
      )
      .execute();
  }
  const after = await windowTypesView(trx, windowId);
  await recordAudit(trx, dialect, actor, {
    action: 'queue.window_types',
    entityType: 'window',
    entityId: windowId,
    hallId: w.hall_id,
    before,
    after,
  });
  return after;
}
