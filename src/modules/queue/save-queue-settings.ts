import type { z } from 'zod';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorizeHall, canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { DEFAULT_QUEUE_SETTINGS, loadQueueSettings, type QueueSettings } from './repository.js';
import type { QueueSettingsSchema } from './schema.js';

/** Queue and appointment settings of a hall (defaults until saved). Readable with any queue permission. */
export async function getQueueSettings(db: Db, user: AuthUser, hallId: string): Promise<QueueSettings> {
  if (!(await canSeeHall(db, user, hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
  const can = ['queue.configure', 'queue.monitor', 'queue.operate'] as const;
  if (!can.some((p) => user.permissions.has(p))) throw new AppError('FORBIDDEN');
  const exists = await db.selectFrom('halls').select('id').where('id', '=', hallId).executeTakeFirst();
  if (!exists) throw new AppError('NOT_FOUND', '大厅不存在');
  return loadQueueSettings(db, hallId);
}

export async function saveQueueSettings(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  s: z.infer<typeof QueueSettingsSchema>,
): Promise<QueueSettings> {
  await authorizeHall(trx, user, 'queue.configure', hallId);
  const exists = await trx.selectFrom('halls').select('id').where('id', '=', hallId).executeTakeFirst();
  if (!exists) throw new AppError('NOT_FOUND', '大厅不存在');
  const before = await loadQueueSettings(trx, hallId);
  const row = {
    recall_limit: s.recallLimit,
    booking_days: s.bookingDays,
    booking_close_minutes: s.bookingCloseMinutes,
    cancel_close_minutes: s.cancelCloseMinutes,
    no_show_after_minutes: s.noShowAfterMinutes,
    no_show_block_count: s.noShowBlockCount,
    no_show_window_days: s.noShowWindowDays,
    block_days: s.blockDays,
    updated_at: nowIso(),
  };
  await trx
    .insertInto('queue_settings')
    .values({ hall_id: hallId, ...row })
    .onConflict((oc) => oc.column('hall_id').doUpdateSet(row))
    .execute();
  const after = { ...DEFAULT_QUEUE_SETTINGS, ...s };
  await recordAudit(trx, dialect, actor, {
    action: 'queue.settings',
    entityType: 'queue_settings',
    entityId: hallId,
    hallId,
    before,
    after,
  });
  return after;
}
